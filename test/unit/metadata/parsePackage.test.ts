import { describe, expect, it } from 'vitest';
import {
  defaultPreset,
  findObject,
  formForType,
  parsePackage,
  type CustomizationPackage,
  type PackageWarning,
} from '../../../src/metadata';
import { editFile } from './support/editFile';
import { loadPackageFolder } from './support/loadPackageFolder';

const salesRep = () => loadPackageFolder('valid/sales-rep');

async function parseWithWarnings(
  files = salesRep(),
): Promise<{ pkg: CustomizationPackage; warnings: PackageWarning[] }> {
  const warnings: PackageWarning[] = [];
  const pkg = await parsePackage(files, { onWarning: (w) => warnings.push(w) });
  return { pkg, warnings };
}

describe('parsePackage with the sales representative package', () => {
  it('reads every object with its wire names, view mode and flags', async () => {
    const { pkg, warnings } = await parseWithWarnings();
    expect(warnings).toEqual([]);
    expect(pkg.objects.map((o) => o.typeId)).toEqual(['Account', 'Contact', 'Opportunity', 'Action']);
    const account = findObject(pkg, 'Account')!;
    expect(account).toMatchObject({
      label: '#obj_account',
      labelPlural: '#obj_account_plural',
      intObjName: 'CRMDesktopAccountIO',
      recordElemName: 'Account',
      collectionElemName: 'ListOfAccount',
      viewMode: 'Sales Rep',
      syncFrequencySeconds: 0,
      isTopLevel: true,
      isAssociation: false,
      primaryKey: 'Id',
      timestampField: 'Updated',
    });
    expect(findObject(pkg, 'Action')!.viewMode).toBe('Personal');
  });

  it('reads the Dedup and QBID view modes of viewmodes', async () => {
    const { pkg } = await parseWithWarnings();
    expect(findObject(pkg, 'Account')).toMatchObject({
      viewMode: 'Sales Rep',
      dedupViewMode: 'Sales Rep',
      queryByIdViewMode: 'All',
    });
    expect(findObject(pkg, 'Action')).toMatchObject({
      viewMode: 'Personal',
      dedupViewMode: 'Personal',
      queryByIdViewMode: 'All',
    });
  });

  it('falls back to the general view mode when Dedup or QBID is missing', async () => {
    const files = editFile(salesRep(), 'siebel_meta_info.xml', (c) =>
      c
        .replace(
          '<viewmodes General="Personal" Dedup="Personal" QBID="All"/>',
          '<viewmodes General="Personal" QBID=" "/>',
        )
        .replace(/<viewmodes General="Sales Rep" Dedup="Sales Rep" QBID="All"\/>/, ''),
    );
    const { pkg } = await parseWithWarnings(files);
    expect(findObject(pkg, 'Action')).toMatchObject({
      viewMode: 'Personal',
      dedupViewMode: 'Personal',
      queryByIdViewMode: 'Personal',
    });
    expect(findObject(pkg, 'Account')).toMatchObject({
      viewMode: 'Sales Rep',
      dedupViewMode: 'Sales Rep',
      queryByIdViewMode: 'Sales Rep',
    });
  });

  it('reads every field flag, the IOElemName and the reference target', async () => {
    const { pkg } = await parseWithWarnings();
    const contact = findObject(pkg, 'Contact')!;
    expect(contact.fields.map((f) => f.ioElemName)).toEqual([
      'Id',
      'Updated',
      'FirstName',
      'LastName',
      'JobTitle',
      'EmailAddress',
      'WorkPhone',
      'AccountId',
    ]);
    expect(contact.fields.find((f) => f.name === 'Account Id')).toEqual({
      name: 'Account Id',
      ioElemName: 'AccountId',
      label: '#fld_account',
      dataType: 'DTYPE_ID',
      isPrimaryKey: false,
      isTimestamp: false,
      isPartOfUserKey: false,
      isFilterable: false,
      isHidden: true,
      isRequired: false,
      isReadonly: false,
      isNullable: true,
      hasPicklist: false,
      refObjTypeId: 'Account',
    });
    const firstName = contact.fields.find((f) => f.name === 'First Name')!;
    expect([firstName.isPartOfUserKey, firstName.isFilterable, firstName.isHidden, firstName.refObjTypeId]).toEqual([
      true,
      true,
      false,
      undefined,
    ]);
  });

  it('reads synchronized types with name formats, links and natural keys', async () => {
    const { pkg } = await parseWithWarnings();
    expect(pkg.syncedTypes.find((t) => t.typeId === 'Contact')).toEqual({
      typeId: 'Contact',
      nameFormat: ':[:(First Name):] :[:(Last Name):]',
      links: ['Account Id'],
      naturalKeys: [['First Name', 'Last Name'], ['Email Address']],
      conflictRules: { default: 'ask', fields: {} },
    });
    expect(pkg.syncedTypes.find((t) => t.typeId === 'Action')!.naturalKeys).toEqual([]);
  });

  it('reads filter presets with their groups and conditions and finds the default one', async () => {
    const { pkg } = await parseWithWarnings();
    expect(pkg.filterPresets.map((p) => [p.name, p.isDefault])).toEqual([
      ['#preset_my_open_items', true],
      ['#preset_upcoming_activities', false],
    ]);
    expect(defaultPreset(pkg)?.filters.Opportunity).toEqual({
      kind: 'group',
      link: 'and',
      items: [
        { kind: 'condition', field: 'Sales Stage', condition: 'ne', valueType: 'string', value: '07 - Closed/Won' },
        { kind: 'condition', field: 'Sales Stage', condition: 'ne', valueType: 'string', value: '08 - Closed/Lost' },
      ],
    });
    expect(pkg.filterPresets[1].filters.Action.items[0]).toMatchObject({ valueType: 'function', value: 'today' });
  });

  it('has no default preset when no preset is marked default', async () => {
    const files = editFile(salesRep(), 'connector_configuration.xml', (c) =>
      c.replace('"#preset_my_open_items" default="true"', '"#preset_my_open_items"'),
    );
    const { pkg } = await parseWithWarnings(files);
    expect(defaultPreset(pkg)).toBeUndefined();
  });

  it('reads nested groups of a preset filter', async () => {
    const files = editFile(salesRep(), 'connector_configuration.xml', (c) =>
      c.replace(
        '<binary field="Planned" condition="ge">\n            <value type="function">today</value>\n          </binary>',
        '<group link="or"><binary field="Status" condition="eq"><value type="string">Open</value></binary>' +
          '<binary field="Type" condition="like"><value type="string">Call*</value></binary></group>',
      ),
    );
    const { pkg } = await parseWithWarnings(files);
    expect(pkg.filterPresets[1].filters.Action).toEqual({
      kind: 'group',
      link: 'and',
      items: [
        {
          kind: 'group',
          link: 'or',
          items: [
            { kind: 'condition', field: 'Status', condition: 'eq', valueType: 'string', value: 'Open' },
            { kind: 'condition', field: 'Type', condition: 'like', valueType: 'string', value: 'Call*' },
          ],
        },
      ],
    });
  });

  it('reads the deletion confirmation mode, batch limits, mappings and info', async () => {
    const { pkg } = await parseWithWarnings();
    expect(pkg.deletionConfirmation).toBe(true);
    expect(pkg.commonSettings).toEqual({ maxCommandsPerBatch: 50, maxIdsPerCommand: 50 });
    expect(pkg.mappings.find((m) => m.typeId === 'Account')).toEqual({
      typeId: 'Account',
      displayName: '#obj_account',
      formId: 'SBL Account',
    });
    expect(pkg.info).toEqual({ name: 'Sales Representative', version: '1.0.0', minClientVersion: '3.0' });
    expect(pkg.strings.default.obj_contact_plural).toBe('Contacts');
  });

  it('treats suppress as no deletion confirmation and a non-positive batch limit as no limit', async () => {
    let files = editFile(salesRep(), 'connector_configuration.xml', (c) => c.replace('"enable"', '"suppress"'));
    files = editFile(files, 'siebel_meta_info.xml', (c) =>
      c
        .replace('<max_commands_per_batch>50<', '<max_commands_per_batch>0<')
        .replace('<max_ids_per_command>50<', '<max_ids_per_command>20<'),
    );
    const { pkg } = await parseWithWarnings(files);
    expect(pkg.deletionConfirmation).toBe(false);
    expect(pkg.commonSettings).toEqual({ maxCommandsPerBatch: null, maxIdsPerCommand: 20 });
  });

  it('uses the documented defaults of 50 when common_settings is absent', async () => {
    const files = editFile(salesRep(), 'siebel_meta_info.xml', (c) =>
      c.replace(/<common_settings>[\s\S]*?<\/common_settings>/, ''),
    );
    const { pkg } = await parseWithWarnings(files);
    expect(pkg.commonSettings).toEqual({ maxCommandsPerBatch: 50, maxIdsPerCommand: 50 });
  });

  it('accepts true/false as well as yes/no and falls back to @ViewMode without viewmodes', async () => {
    const files = editFile(salesRep(), 'siebel_meta_info.xml', (c) =>
      c
        .replace(
          'IsPartOfUserKey="yes"\n           IsFilterable="yes" IOElemName="FirstName"',
          'IsPartOfUserKey="false"\n           IsFilterable="TRUE" IOElemName="FirstName"',
        )
        .replace('<viewmodes General="Personal" Dedup="Personal" QBID="All"/>', '')
        .replace('ViewMode="Personal"', 'ViewMode="Team"'),
    );
    const { pkg } = await parseWithWarnings(files);
    const firstName = findObject(pkg, 'Contact')!.fields.find((f) => f.name === 'First Name')!;
    expect([firstName.isPartOfUserKey, firstName.isFilterable]).toEqual([false, true]);
    expect(findObject(pkg, 'Action')!.viewMode).toBe('Team');
  });

  it('returns a deeply frozen model that keeps the files as received', async () => {
    const files = salesRep();
    const { pkg } = await parseWithWarnings(files);
    expect(Object.isFrozen(pkg)).toBe(true);
    expect(Object.isFrozen(pkg.objects[0].fields[0])).toBe(true);
    expect(Object.isFrozen(pkg.filterPresets[0].filters.Opportunity.items)).toBe(true);
    expect(pkg.files.map((f) => f.name)).toEqual(files.map((f) => f.name));
    expect(pkg.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(pkg.schemaFingerprint).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('parsePackage forms', () => {
  it('reads groups in document order with their fields, labels and control kinds', async () => {
    const { pkg } = await parseWithWarnings();
    const form = formForType(pkg, 'Opportunity')!;
    expect(form.id).toBe('SBL Opportunity');
    expect(form.groups.map((g) => [g.key, g.fields.map((f) => f.field)])).toEqual([
      ['grp_opportunity_main', ['Name', 'Account Id']],
      ['grp_opportunity_forecast', ['Sales Stage', 'Primary Revenue Close Date']],
      ['grp_description', ['Description']],
    ]);
    expect(form.groups[1].fields).toEqual([
      {
        field: 'Sales Stage',
        control: 'combobox',
        label: '#fld_opportunity_sales_stage',
        valueKind: 'string',
        picklist: 'SalesStagePicklist',
      },
      {
        field: 'Primary Revenue Close Date',
        control: 'edit',
        label: '#fld_opportunity_close_date',
        valueKind: 'datetime',
      },
    ]);
    // The description's label sits in a cell of the group's own stack, not in a horizontal stack.
    expect(form.groups[2].fields[0].label).toBe('#fld_description');
  });

  it('reads a combobox whose source is an object type as a reference', async () => {
    const { pkg } = await parseWithWarnings();
    const related = formForType(pkg, 'Action')!.groups.find((g) => g.key === 'grp_activity_related')!;
    expect(related.fields.map((f) => [f.field, f.referenceTypeId, f.picklist])).toEqual([
      ['Account Id', 'Account', undefined],
      ['Primary Contact Id', 'Contact', undefined],
      ['Opportunity Id', 'Opportunity', undefined],
    ]);
  });

  it("uses the field's label when no static precedes the control", async () => {
    const { pkg } = await parseWithWarnings();
    const comment = formForType(pkg, 'Action')!.groups.find((g) => g.key === 'grp_activity_comment')!.fields[0];
    expect(comment).toEqual({ field: 'Comment', control: 'edit', label: '#fld_activity_comment', valueKind: 'string' });
  });

  it('maps asserted controls of validation rules to field Names', async () => {
    const { pkg } = await parseWithWarnings();
    expect(formForType(pkg, 'Contact')!.validationRules).toEqual([
      {
        message: '#msg_contact_last_name_required',
        expression: "item['Last Name'] != ''",
        fields: ['Last Name'],
        condition: { kind: 'compare', field: 'Last Name', op: '!=', value: '' },
      },
    ]);
  });

  it('reads the forms file with the highest number when there are several', async () => {
    const files = salesRep();
    const forms12 = files.find((f) => f.name === 'forms_12.xml')!;
    const forms15 = {
      ...forms12,
      name: 'forms_15.xml',
      content: forms12.content.replace('group="grp_description"', 'group="grp_opportunity_main"'),
    };
    const forms9 = { ...forms12, name: 'forms_9.xml', content: '<forms/>' };
    const { pkg } = await parseWithWarnings([...files, forms15, forms9]);
    expect(formForType(pkg, 'Opportunity')!.groups.map((g) => g.key)).toEqual([
      'grp_opportunity_main',
      'grp_opportunity_forecast',
      'grp_opportunity_main',
    ]);
  });
});
