import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultPreset,
  formatRecordName,
  parsePackage,
  type PackageFile,
  type PackageWarning,
} from '../../../src/metadata';
import { PACKAGES } from './support/loadPackageFolder';

/** The files of the "complete small example" in docs/customization-package.md, split at their name comments. */
function docsExampleFiles(): PackageFile[] {
  const doc = readFileSync(resolve(PACKAGES, '../../../docs/customization-package.md'), 'utf8');
  const block = /## A complete small example[\s\S]*?```xml\n([\s\S]*?)```/.exec(doc)![1];
  return block
    .split(/<!-- (\S+) -->\n/)
    .slice(1)
    .reduce<PackageFile[]>(
      (files, part, i, parts) => (i % 2 === 0 ? [...files, { name: part, type: 'XML', content: parts[i + 1] }] : files),
      [],
    );
}

describe('the example of docs/customization-package.md', () => {
  it('is a complete package that parses without warnings', async () => {
    const files = docsExampleFiles();
    expect(files.map((f) => f.name)).toEqual([
      'siebel_meta_info.xml',
      'connector_configuration.xml',
      'siebel_basic_mapping.xml',
      'forms_12.xml',
      'package_res.xml',
      'info.xml',
    ]);
    const warnings: PackageWarning[] = [];
    const pkg = await parsePackage(files, { onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);
    expect(pkg.forms[0].groups[0].fields.map((f) => [f.field, f.label])).toEqual([['Name', '#fld_name']]);
    expect(defaultPreset(pkg)?.name).toBe('#preset_all');
    expect(formatRecordName(pkg, 'Account', { Name: 'Acme' })).toBe('Acme');
  });
});
