import { describe, expect, it } from 'vitest';
import { xml2js } from 'xml-js';
import { AddinError } from '../../../src/shared';
import { PackageError, parsePackage, type PackageFile, type PackageWarning } from '../../../src/metadata';
import { editFile } from './support/editFile';
import {
  brokenCaseNames,
  degradedCaseNames,
  loadBrokenCase,
  loadDegradedCase,
  loadPackageFolder,
} from './support/loadPackageFolder';

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

  it('has a fixture for every rule that refuses a package', () => {
    expect(names.length).toBeGreaterThanOrEqual(10);
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

  it('reports all problems of a package together in one error, and its warnings on the side', async () => {
    const { files } = loadBrokenCase('several-problems');
    const error = await parseError(files);
    expect(error.problems.map((p) => p.message)).toEqual([
      'required attribute "IntObjName" is missing',
      'IOElemName "Work Phone" is not a plain identifier (letters, digits, _; not starting with a digit)',
      'RefObjTypeId "Deal" names no object of siebel_meta_info.xml',
    ]);
    expect(error.message).toContain('3 problems');
    expect(error.message).toContain(
      'siebel_meta_info.xml SiebelMetaInfo/object[@TypeId=\'Account\']: required attribute "IntObjName" is missing',
    );
    expect(error.message).toMatch(/ — ask your CRM administrator to fix and republish the package$/);
  });

  it('is an AddinError with the PackageFormat code', async () => {
    const { files } = loadBrokenCase('io-elem-name-not-identifier');
    const error = await parseError(files);
    expect(error).toBeInstanceOf(AddinError);
    expect(error.code).toBe('PackageFormat');
    expect(error.message).toContain(
      "siebel_meta_info.xml SiebelMetaInfo/object[@TypeId='Contact']/field[@Name='Work Phone #']: IOElemName \"Work.Phone\" is not a plain identifier",
    );
  });

  it('reports a truncated siebel_meta_info.xml, which the XML library alone would accept', async () => {
    const files = editFile(loadPackageFolder('valid/sales-rep'), 'siebel_meta_info.xml', (c) =>
      c.slice(0, c.indexOf('<!-- ============================ Opportunity')),
    );
    expect(() => xml2js(files.find((f) => f.name === 'siebel_meta_info.xml')!.content)).not.toThrow();
    const error = await parseError(files);
    expect(error.problems).toEqual([
      {
        file: 'siebel_meta_info.xml',
        path: '/',
        message: expect.stringMatching(
          /^malformed XML at line \d+, column \d+: the file ends before <SiebelMetaInfo> \(opened at line 13, column 1\) is closed$/,
        ),
      },
    ]);
  });

  it('reports an unquoted attribute of connector_configuration.xml with its line and keeps the parser error as cause when sax finds it', async () => {
    let files = editFile(loadPackageFolder('valid/sales-rep'), 'connector_configuration.xml', (c) =>
      c.replace('deletion_confirmation_mode="enable"', 'deletion_confirmation_mode=enable'),
    );
    expect((await parseError(files)).problems[0].message).toMatch(
      /^malformed XML at line \d+, column \d+: markup that is not a complete tag, comment or CDATA section$/,
    );
    files = editFile(loadPackageFolder('valid/sales-rep'), 'connector_configuration.xml', (c) =>
      c.replace('#preset_upcoming_activities', 'Sales & Service'),
    );
    const error = await parseError(files);
    expect(error.problems[0].message).toMatch(
      /^malformed XML at line \d+, column \d+: Invalid character in entity name$/,
    );
    expect(error.cause).toBeInstanceOf(Error);
  });
});

describe('parsePackage with degraded packages', () => {
  const names = degradedCaseNames();

  it('has a fixture for every rule that degrades a package instead of refusing it', () => {
    expect(names.length).toBeGreaterThanOrEqual(20);
  });

  it.each(names)('accepts degraded/%s with exactly the warnings it expects, also on the model', async (name) => {
    const { files, expected } = loadDegradedCase(name);
    const warnings: PackageWarning[] = [];
    const pkg = await parsePackage(files, { onWarning: (w) => warnings.push(w) });
    expect(expected.problems).toEqual([]);
    expect(warnings).toEqual(expected.warnings ?? []);
    expect(pkg.warnings).toEqual(warnings);
  });

  it('ignores a malformed file the data does not depend on, with its line and column', async () => {
    const files = editFile(loadPackageFolder('valid/sales-rep'), 'info.xml', (c) =>
      c.slice(0, c.indexOf('<compatibility')),
    );
    expect(() => xml2js(files.find((f) => f.name === 'info.xml')!.content)).not.toThrow();
    const pkg = await parsePackage(files);
    expect(pkg.warnings).toEqual([
      {
        file: 'info.xml',
        path: '/',
        message:
          'malformed XML at line 13, column 3: the file ends before <info> (opened at line 10, column 1) is closed; the file is ignored',
      },
    ]);
    expect(pkg.info).toEqual({ name: '', version: '' });
  });

  it('ignores a malformed locale string file and keeps the default strings', async () => {
    const files: PackageFile[] = [
      ...loadPackageFolder('valid/sales-rep'),
      { name: 'package_res.de_DE.xml', type: 'XML', content: '<res_root><str key="a">A</res_root>' },
    ];
    const pkg = await parsePackage(files);
    expect(pkg.warnings).toEqual([
      {
        file: 'package_res.de_DE.xml',
        path: '/',
        message: expect.stringContaining('closing tag </res_root> does not match <str>'),
      },
    ]);
    expect(pkg.strings.byLocale).toEqual({});
    expect(pkg.strings.default.obj_contact).toBe('Contact');
  });
});
