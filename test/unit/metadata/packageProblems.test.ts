import { describe, expect, it } from 'vitest';
import { xml2js } from 'xml-js';
import { AddinError } from '../../../src/shared';
import { PackageError, parsePackage, type PackageFile, type PackageWarning } from '../../../src/metadata';
import { editFile } from './support/editFile';
import { brokenCaseNames, loadBrokenCase, loadPackageFolder } from './support/loadPackageFolder';

async function parseError(files: readonly PackageFile[]): Promise<PackageError> {
  const error = await parsePackage(files).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PackageError)) throw new Error(`expected a PackageError, got ${String(error)}`);
  return error;
}

describe('parsePackage with broken packages', () => {
  const names = brokenCaseNames();

  it('has a fixture for every validation rule', () => {
    expect(names.length).toBeGreaterThanOrEqual(20);
  });

  it.each(names)('reports exactly the problems and warnings expected by broken/%s', async (name) => {
    const { files, expected } = loadBrokenCase(name);
    const warnings: PackageWarning[] = [];
    const outcome = await parsePackage(files, { onWarning: (w) => warnings.push(w) }).then(
      () => [],
      (e: unknown) => {
        if (!(e instanceof PackageError)) throw e;
        return e.problems;
      },
    );
    expect(outcome).toEqual(expected.problems);
    expect(warnings).toEqual(expected.warnings ?? []);
  });

  it('reports all problems of a package together in one error', async () => {
    const { files } = loadBrokenCase('several-problems');
    const error = await parseError(files);
    expect(error.problems.map((p) => p.file)).toEqual([
      'info.xml', 'siebel_meta_info.xml', 'connector_configuration.xml', 'siebel_basic_mapping.xml', 'forms_12.xml',
    ]);
    expect(error.message).toContain('5 problems');
    expect(error.message).toContain('and 2 more');
    expect(error.message).toContain('info.xml: required file is missing from the package');
    expect(error.message).toMatch(/ — ask your CRM administrator to fix and republish the package$/);
  });

  it('is an AddinError with the PackageFormat code', async () => {
    const { files } = loadBrokenCase('unknown-data-type');
    const error = await parseError(files);
    expect(error).toBeInstanceOf(AddinError);
    expect(error.code).toBe('PackageFormat');
    expect(error.message).toContain(
      "siebel_meta_info.xml SiebelMetaInfo/object[@TypeId='Account']/field[@Name='Main Phone Number']: unknown DataType \"DTYPE_TELEPHONE\"",
    );
  });

  it('reports a truncated file, which the XML library alone would accept', async () => {
    const files = editFile(loadPackageFolder('valid/sales-rep'), 'info.xml', (c) => c.slice(0, c.indexOf('<compatibility')));
    expect(() => xml2js(files.find((f) => f.name === 'info.xml')!.content)).not.toThrow();
    const error = await parseError(files);
    expect(error.problems).toEqual([
      { file: 'info.xml', path: '/', message: 'malformed XML at line 13, column 3: the file ends before <info> (opened at line 10, column 1) is closed' },
    ]);
  });

  it('reports an unquoted attribute with its line and keeps the parser error as cause when sax finds it', async () => {
    let files = editFile(loadPackageFolder('valid/sales-rep'), 'info.xml', (c) => c.replace('version="1.0.0"', 'version=1.0.0'));
    expect((await parseError(files)).problems[0].message).toBe(
      'malformed XML at line 12, column 3: markup that is not a complete tag, comment or CDATA section',
    );
    files = editFile(loadPackageFolder('valid/sales-rep'), 'info.xml', (c) => c.replace('Sales Representative', 'Sales & Service'));
    const error = await parseError(files);
    expect(error.problems[0].message).toMatch(/^malformed XML at line 12, column \d+: Invalid character in entity name$/);
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('reports a malformed locale string file', async () => {
    const files: PackageFile[] = [...loadPackageFolder('valid/sales-rep'), { name: 'package_res.de_DE.xml', type: 'XML', content: '<res_root><str key="a">A</res_root>' }];
    const error = await parseError(files);
    expect(error.problems).toEqual([
      { file: 'package_res.de_DE.xml', path: '/', message: expect.stringContaining('closing tag </res_root> does not match <str>') },
    ]);
  });
});
