import { describe, expect, it } from 'vitest';
import {
  conflictRulesOf,
  findObject,
  parsePackage,
  referenceFieldsTo,
  type PackageWarning,
} from '../../../src/metadata';
import { packageFiles } from '../sync/support/packageFiles';
import { editFile } from './support/editFile';
import { loadPackageFolder } from './support/loadPackageFolder';

const withRules = () => loadPackageFolder('valid/conflict-rules');

describe('conflict rules of connector_configuration.xml', () => {
  it('reads the default and the field preferences of every synchronized type without warnings', async () => {
    const warnings: PackageWarning[] = [];
    const pkg = await parsePackage(withRules(), { onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);
    expect(Object.fromEntries(pkg.syncedTypes.map((t) => [t.typeId, t.conflictRules]))).toEqual({
      Account: { default: 'ask', fields: {} },
      Contact: { default: 'ask', fields: { 'Work Phone #': 'local' } },
      Opportunity: { default: 'ask', fields: { 'Sales Stage': 'server' } },
      Action: { default: 'local', fields: {} },
    });
  });

  it('asks the user about everything when a type has no conflict_resolution', async () => {
    const pkg = await parsePackage(loadPackageFolder('valid/sales-rep'));
    expect(
      pkg.syncedTypes.every(
        (t) => t.conflictRules?.default === 'ask' && Object.keys(t.conflictRules.fields).length === 0,
      ),
    ).toBe(true);
  });

  it('reads a missing default attribute as ask', async () => {
    const files = editFile(withRules(), 'connector_configuration.xml', (c) =>
      c.replace('<conflict_resolution default="local"/>', '<conflict_resolution/>'),
    );
    expect(conflictRulesOf(await parsePackage(files), 'Action')).toEqual({ default: 'ask', fields: {} });
  });

  it('warns about a field listed twice and a field without prefer, and leaves every conflict of the type to the user', async () => {
    const files = editFile(withRules(), 'connector_configuration.xml', (c) =>
      c.replace(
        '<field name="Work Phone #" prefer="local"/>',
        '<field name="Work Phone #" prefer="local"/><field name="Work Phone #" prefer="remote"/><field name="Job Title"/>',
      ),
    );
    const pkg = await parsePackage(files);
    expect(pkg.warnings).toEqual([
      {
        file: 'connector_configuration.xml',
        path: "root/types/type[@id='Contact']/synchronizer/conflict_resolution/field[@name='Work Phone #']",
        message:
          'conflict_resolution lists field "Work Phone #" more than once; every conflict of "Contact" is left to the user',
      },
      {
        file: 'connector_configuration.xml',
        path: "root/types/type[@id='Contact']/synchronizer/conflict_resolution/field[@name='Job Title']",
        message:
          'conflict_resolution prefer "" of field "Job Title" is neither local nor remote; every conflict of "Contact" is left to the user',
      },
    ]);
    expect(conflictRulesOf(pkg, 'Contact')).toEqual({ default: 'ask', fields: {} });
    expect(conflictRulesOf(pkg, 'Opportunity').fields).toEqual({ 'Sales Stage': 'server' });
  });

  it('keeps the schema fingerprint when conflict rules change', async () => {
    const [plain, rules] = await Promise.all([
      parsePackage(loadPackageFolder('valid/sales-rep')),
      parsePackage(withRules()),
    ]);
    expect(rules.contentHash).not.toBe(plain.contentHash);
    expect(rules.schemaFingerprint).toBe(plain.schemaFingerprint);
  });

  it('keeps the schema fingerprint when the Dedup and QBID view modes change', async () => {
    const files = loadPackageFolder('valid/sales-rep');
    const edited = editFile(files, 'siebel_meta_info.xml', (c) =>
      c.replace('Dedup="Sales Rep" QBID="All"', 'Dedup="All" QBID="Organization"'),
    );
    const [before, after] = await Promise.all([parsePackage(files), parsePackage(edited)]);
    expect(after.objects[0]).toMatchObject({ dedupViewMode: 'All', queryByIdViewMode: 'Organization' });
    expect(after.schemaFingerprint).toBe(before.schemaFingerprint);
  });
});

describe('conflictRulesOf', () => {
  it('gives the parsed rules of a type, and ask for a type the package does not synchronize', async () => {
    const pkg = await parsePackage(withRules());
    expect(conflictRulesOf(pkg, 'Opportunity').fields['Sales Stage']).toBe('server');
    expect(conflictRulesOf(pkg, 'Lead')).toEqual({ default: 'ask', fields: {} });
  });

  it('gives ask for a hand-built type without rules', () => {
    const pkg = { syncedTypes: [{ typeId: 'Deal', nameFormat: '', links: [], naturalKeys: [] }] };
    expect(conflictRulesOf(pkg, 'Deal')).toEqual({ default: 'ask', fields: {} });
  });
});

describe('the simulator packages', () => {
  it.each(['sales-rep', 'sales-manager'] as const)(
    '%s has the conflict rules and the ActionContact association of issue 9',
    async (name) => {
      const warnings: PackageWarning[] = [];
      const pkg = await parsePackage(packageFiles(name), { onWarning: (w) => warnings.push(w) });
      expect(warnings).toEqual([]);
      expect(pkg.syncedTypes.map((t) => [t.typeId, t.conflictRules])).toEqual([
        ['Account', { default: 'ask', fields: {} }],
        ['Contact', { default: 'ask', fields: { 'Work Phone #': 'local' } }],
        ['Opportunity', { default: 'ask', fields: { 'Sales Stage': 'server' } }],
        ['Action', { default: 'local', fields: {} }],
        ['ActionContact', { default: 'server', fields: {} }],
      ]);
      expect(findObject(pkg, 'ActionContact')).toMatchObject({
        isAssociation: true,
        isTopLevel: false,
        intObjName: 'CRMDesktopActionContactIO',
      });
      expect(referenceFieldsTo(pkg, 'Action').map((r) => `${r.typeId}.${r.field.ioElemName}`)).toEqual([
        'ActionContact.ActivityId',
      ]);
      expect(referenceFieldsTo(pkg, 'Contact').map((r) => `${r.typeId}.${r.field.ioElemName}`)).toEqual([
        'Action.PrimaryContactId',
        'ActionContact.ContactId',
      ]);
    },
  );
});
