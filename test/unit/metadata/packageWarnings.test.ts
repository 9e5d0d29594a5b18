import { describe, expect, it } from 'vitest';
import { parsePackage, type PackageWarning } from '../../../src/metadata';
import { editFile } from './support/editFile';
import { loadPackageFolder } from './support/loadPackageFolder';

async function warningsOf(files = loadPackageFolder('valid/sales-rep')): Promise<PackageWarning[]> {
  const warnings: PackageWarning[] = [];
  await parsePackage(files, { onWarning: (w) => warnings.push(w) });
  return warnings;
}

describe('parsePackage warnings', () => {
  it('ignores unknown elements and attributes with a warning naming where they are', async () => {
    let files = editFile(loadPackageFolder('valid/sales-rep'), 'siebel_meta_info.xml', (c) =>
      c
        .replace('<object TypeId="Contact"', '<object Colour="blue" TypeId="Contact"')
        .replace('<viewmodes General="Personal"', '<audit enabled="yes"/><viewmodes General="Personal"'),
    );
    files = editFile(files, 'connector_configuration.xml', (c) =>
      c.replace('<features ', '<sliding_presets/><features '),
    );
    expect(await warningsOf(files)).toEqual([
      {
        file: 'siebel_meta_info.xml',
        path: "SiebelMetaInfo/object[@TypeId='Contact']",
        message: 'unknown attribute "Colour" ignored',
      },
      {
        file: 'siebel_meta_info.xml',
        path: "SiebelMetaInfo/object[@TypeId='Action']/audit",
        message: 'unknown element "audit" ignored',
      },
      {
        file: 'connector_configuration.xml',
        path: 'root/sliding_presets',
        message: 'unknown element "sliding_presets" ignored',
      },
    ]);
  });

  it('warns about a flag value that is neither yes/no nor true/false and reads it as no', async () => {
    const files = editFile(loadPackageFolder('valid/sales-rep'), 'siebel_meta_info.xml', (c) =>
      c.replace('IsFilterable="yes" IOElemName="JobTitle"', 'IsFilterable="maybe" IOElemName="JobTitle"'),
    );
    const warnings: PackageWarning[] = [];
    const pkg = await parsePackage(files, { onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([
      {
        file: 'siebel_meta_info.xml',
        path: "SiebelMetaInfo/object[@TypeId='Contact']/field[@Name='Job Title']",
        message: 'attribute "IsFilterable" has the value "maybe", expected yes/no or true/false; using no',
      },
    ]);
    expect(pkg.objects[1].fields.find((f) => f.name === 'Job Title')!.isFilterable).toBe(false);
  });

  it('warns once about an unknown form control and still reads the rest of the form', async () => {
    const files = editFile(loadPackageFolder('valid/sales-rep'), 'forms_12.xml', (c) =>
      c.replace(
        '<cell><control class="edit" id="Comment"',
        '<cell><button id="btn_done"/></cell><cell><control class="edit" id="Comment"',
      ),
    );
    const warnings: PackageWarning[] = [];
    const pkg = await parsePackage(files, { onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([
      {
        file: 'forms_12.xml',
        path: "forms/form[@id='SBL Action']/page[@id='General']/cell/stack/cell[3]/stack/cell[1]/button[@id='btn_done']",
        message: 'unknown element "button" ignored',
      },
    ]);
    expect(pkg.forms[3].groups[2].fields.map((f) => f.field)).toEqual(['Comment']);
  });

  it('accepts files it does not read (views, scripts) without warnings', async () => {
    const files = [
      ...loadPackageFolder('valid/sales-rep'),
      { name: 'views.xml', type: 'XML', content: '<views/>' },
      { name: 'business_logic.js', type: 'JavaScript', content: 'var x = 1 < 2;' },
    ];
    expect(await warningsOf(files)).toEqual([]);
  });

  it('parses without a warning callback', async () => {
    const files = editFile(loadPackageFolder('valid/sales-rep'), 'info.xml', (c) =>
      c.replace('<product ', '<vendor/><product '),
    );
    await expect(parsePackage(files)).resolves.toMatchObject({ info: { name: 'Sales Representative' } });
  });
});
