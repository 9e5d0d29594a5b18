import { describe, expect, it } from 'vitest';
import { computeContentHash, computeSchemaFingerprint, parsePackage } from '../../../src/metadata';
import { editFile } from './support/editFile';
import { loadPackageFolder } from './support/loadPackageFolder';

const parse = (folder: string) => parsePackage(loadPackageFolder(folder));

/** Parses the sales-rep package as it is and with the first `from` in `file` replaced by `to`. */
async function parseBeforeAndAfterEdit(file: string, from: string | RegExp, to: string) {
  const files = loadPackageFolder('valid/sales-rep');
  const edited = editFile(files, file, (c) => c.replace(from, to));
  const [before, after] = await Promise.all([parsePackage(files), parsePackage(edited)]);
  return { before, after };
}

describe('package fingerprints', () => {
  it('gives the same content hash whatever the order of the files', async () => {
    const files = loadPackageFolder('valid/sales-rep');
    const [forward, backward] = await Promise.all([
      computeContentHash(files),
      computeContentHash([...files].reverse()),
    ]);
    expect(forward).toBe(backward);
    expect((await parsePackage([...files].reverse())).contentHash).toBe(forward);
  });

  it('changes the content hash when any byte of any file changes', async () => {
    const files = loadPackageFolder('valid/sales-rep');
    const edited = editFile(files, 'info.xml', (c) => c.replace('1.0.0', '1.0.1'));
    expect(await computeContentHash(edited)).not.toBe(await computeContentHash(files));
  });

  it('keeps the schema fingerprint when elements and attributes are reordered and whitespace changes', async () => {
    const [original, reordered] = await Promise.all([parse('valid/sales-rep'), parse('valid/reordered')]);
    expect(reordered.contentHash).not.toBe(original.contentHash);
    expect(reordered.schemaFingerprint).toBe(original.schemaFingerprint);
  });

  it('keeps the schema fingerprint for a label, form and string change but changes the content hash', async () => {
    const [original, uiChange] = await Promise.all([parse('valid/sales-rep'), parse('valid/ui-change')]);
    expect(uiChange.objects[1].fields.find((f) => f.name === 'Job Title')!.label).toBe('Position');
    expect(uiChange.contentHash).not.toBe(original.contentHash);
    expect(uiChange.schemaFingerprint).toBe(original.schemaFingerprint);
  });

  it('changes the schema fingerprint when a field is added', async () => {
    const [original, schemaChange] = await Promise.all([parse('valid/sales-rep'), parse('valid/schema-change')]);
    expect(schemaChange.schemaFingerprint).not.toBe(original.schemaFingerprint);
  });

  it.each([
    ['a field IOElemName', 'siebel_meta_info.xml', 'IOElemName="JobTitle"', 'IOElemName="Title"'],
    ['a data type', 'siebel_meta_info.xml', 'DataType="DTYPE_DATE"', 'DataType="DTYPE_DATETIME"'],
    [
      'an indexed (IsFilterable) flag',
      'siebel_meta_info.xml',
      'IsFilterable="no" IOElemName="WorkPhone"',
      'IsFilterable="yes" IOElemName="WorkPhone"',
    ],
    ['a natural key', 'connector_configuration.xml', '<field>Email Address</field>', '<field>Job Title</field>'],
    ['a link', 'connector_configuration.xml', '<link>Opportunity Id</link>', ''],
    ['the synchronized types', 'connector_configuration.xml', /<type id="Opportunity">[\s\S]*?<\/type>/, ''],
  ] as const)('changes the schema fingerprint when %s changes', async (_what, file, from, to) => {
    const { before, after } = await parseBeforeAndAfterEdit(file, from, to);
    expect(after.schemaFingerprint).not.toBe(before.schemaFingerprint);
  });

  it.each([
    ['a view mode', 'siebel_meta_info.xml', '<viewmodes General="Personal"', '<viewmodes General="All"'],
    [
      'a preset',
      'connector_configuration.xml',
      '<value type="function">today</value>',
      '<value type="string">2024-01-01</value>',
    ],
    [
      'an icon',
      'connector_configuration.xml',
      'small_icon="type_image:Account:16"',
      'small_icon="type_image:Building:16"',
    ],
    ['a name format', 'connector_configuration.xml', 'name_format=":[:(Description):]"', 'name_format=":[:(Type):]"'],
    ['a display string', 'package_res.xml', '>Accounts<', '>Companies<'],
  ] as const)('keeps the schema fingerprint when only %s changes', async (_what, file, from, to) => {
    const { before, after } = await parseBeforeAndAfterEdit(file, from, to);
    expect(after.schemaFingerprint).toBe(before.schemaFingerprint);
    expect(after.contentHash).not.toBe(before.contentHash);
  });

  it('recomputes the fingerprint stored in the parsed package', async () => {
    const pkg = await parse('valid/sales-rep');
    expect(await computeSchemaFingerprint(pkg)).toBe(pkg.schemaFingerprint);
  });
});
