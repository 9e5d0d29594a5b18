import { describe, expect, it } from 'vitest';
import {
  defaultPreset,
  fieldPicklist,
  findObject,
  formForType,
  packageWarnings,
  parsePackage,
  picklistValuesFromRecords,
  usablePreset,
  type CustomizationPackage,
} from '../../../src/metadata';
import { loadPackageFolder } from './support/loadPackageFolder';

const parse = (): Promise<CustomizationPackage> => parsePackage(loadPackageFolder('oracle-examples'));

/**
 * test/fixtures/packages/oracle-examples: one package built from the documented example of every
 * file the add-in reads (same tags, attributes, conditions and value types; our own content).
 * Issue 15: a package written from the guide's Filter Presets example was refused whole.
 */
describe("a package built from Oracle's documented examples", () => {
  it('parses without a problem and says what it ignores', async () => {
    const pkg = await parse();
    expect(packageWarnings(pkg).map((w) => `${w.file} ${w.path.split('/').pop()}: ${w.message}`)).toEqual([
      'siebel_meta_info.xml extra_command_options: extra_command_options is not applied: the add-in does not add extra attributes to its Siebel requests',
      'siebel_meta_info.xml open_with_url_tmpl: open_with_url_tmpl is not applied: the task pane has no command that opens a record in the Siebel Web Client',
      'connector_configuration.xml collection: Attachment is filtered through the Action it belongs to (a <collection>), which a Siebel search specification cannot express; the preset "#preset_small_attachments" cannot be used',
      'forms_12.xml control[@id=\'btn_open\']: control class "button" is not supported and is not shown',
      `forms_12.xml rule[2]: rule expression "item["Status"] != '' ? item["Status"].length < 30 : true;" is outside the grammar the add-in checks (unexpected "? item["Stat" at position 21); the rule is ignored`,
    ]);
    expect(pkg.syncedTypes.map((t) => t.typeId)).toEqual([
      'Account',
      'Opportunity',
      'Action',
      'Attachment',
      'List_Of_Values',
    ]);
    expect(pkg.commonSettings).toEqual({ maxCommandsPerBatch: 25, maxIdsPerCommand: 40 });
    expect(pkg.syncedTypes.find((t) => t.typeId === 'Opportunity')).toMatchObject({
      links: ['Account Id', 'Currency Code'],
      naturalKeys: [['Name']],
    });
    expect(findObject(pkg, 'List_Of_Values')?.syncFrequencySeconds).toBe(86400);
    expect(pkg.deletionConfirmation).toBe(true);
  });

  it('applies the in-array and today preset, and keeps the collection preset as unavailable', async () => {
    const pkg = await parse();
    const [testFilters, smallAttachments] = pkg.filterPresets;
    expect(testFilters.filters.Opportunity.items).toEqual([
      {
        kind: 'condition',
        field: 'Status',
        condition: 'in',
        valueType: 'array',
        value: ['Accepted', 'Pending', 'Rejected', 'Rerouted'],
        itemTypes: ['string', 'string', 'string', 'string'],
      },
    ]);
    expect(testFilters.filters.Action.items).toEqual([
      { kind: 'condition', field: 'Planned', condition: 'ge', valueType: 'function', value: 'today' },
    ]);
    expect(testFilters.unavailable).toBeUndefined();
    expect(defaultPreset(pkg)).toBe(testFilters);
    expect(smallAttachments.filters.Attachment.items[0]).toMatchObject({
      kind: 'collection',
      containerType: 'Action',
      foreignKey: 'ParentId',
      primary: {
        link: 'and',
        items: [
          { field: 'FileSize', condition: 'le', valueType: 'integer', value: '5242880' },
          { kind: 'group', link: 'or' },
        ],
      },
      container: { items: [{ field: 'Type', condition: 'ne', value: 'To Do' }] },
    });
    expect(smallAttachments.unavailable).toMatch(/a <collection>/);
    expect(usablePreset(pkg, '#preset_small_attachments')).toBe(testFilters);
  });

  it('reads the predefined List_Of_Values picklist and links the fields that name it', async () => {
    const pkg = await parse();
    expect(pkg.picklists).toEqual([
      {
        typeId: 'List_Of_Values',
        source: {
          objectTypeId: 'List_Of_Values',
          collectionTypeField: 'Type',
          valueField: 'Value',
          labelField: 'Value',
          languageField: 'Language',
          masterFilter: "[Active] = 'Y'",
          masterConditions: [{ field: 'Active', op: '=', value: 'Y' }],
        },
      },
    ]);
    expect(findObject(pkg, 'Opportunity')?.fields.find((f) => f.name === 'Status')).toMatchObject({
      hasPicklist: true,
      picklistTypeId: 'List_Of_Values',
      picklistCollectionType: 'OPTY_STATUS',
    });
    const status = fieldPicklist(pkg, 'Opportunity', 'Status');
    expect(status).toEqual({
      kind: 'records',
      picklistTypeId: 'List_Of_Values',
      objectTypeId: 'List_Of_Values',
      conditions: [
        { property: 'Type', op: '=', value: 'OPTY_STATUS' },
        { property: 'Active', op: '=', value: 'Y' },
      ],
      valueProperty: 'Value',
      labelProperty: 'Value',
      languageProperty: 'Language',
    });
    const lov = (Type: string, Value: string, Language = 'ENU', Active = 'Y') => ({
      Id: `${Type}-${Value}-${Language}`,
      Type,
      Value,
      Language,
      Active,
    });
    const records = [
      lov('OPTY_STATUS', 'Pending'),
      lov('OPTY_STATUS', 'Accepted'),
      lov('OPTY_STATUS', 'Old', 'ENU', 'N'),
      lov('TODO_TYPE', 'Call'),
      lov('OPTY_STATUS', 'Offen', 'DEU'),
    ];
    if (status?.kind !== 'records') throw new Error('expected records');
    expect(picklistValuesFromRecords(status, records, 'en-US').map((v) => v.value)).toEqual(['Pending', 'Accepted']);
    expect(picklistValuesFromRecords(status, records, 'de-DE').map((v) => v.value)).toEqual(['Offen']);
    expect(picklistValuesFromRecords(status, records, 'fr-FR').map((v) => v.value)).toEqual([
      'Pending',
      'Accepted',
      'Offen',
    ]);
  });

  it("lays out Oracle's forms, which have no named groups, as one block per form", async () => {
    const pkg = await parse();
    const form = formForType(pkg, 'Opportunity')!;
    expect(form.groups.map((g) => g.key)).toEqual(['obj_opportunity']);
    expect(form.groups[0].fields.map((f) => [f.field, f.control, f.picklist ?? f.referenceTypeId ?? ''])).toEqual([
      ['Name', 'edit', ''],
      ['Status', 'combobox', 'OpportunityStatusPicklist'],
      ['Channel', 'combobox', 'OpportunityChannelPicklist'],
      ['Account Id', 'combobox', 'Account'],
    ]);
    expect(form.validationRules.map((r) => [r.expression, r.fields, r.condition !== undefined])).toEqual([
      ["item['Name'] != ''", ['Name'], true],
      [`item["Status"] != '' ? item["Status"].length < 30 : true;`, ['Status'], false],
    ]);
    expect(formForType(pkg, 'Action')!.groups[0].fields.map((f) => [f.field, f.valueKind])).toEqual([
      ['Description', 'string'],
      ['Type', 'string'],
      ['Planned', 'datetime'],
    ]);
  });
});
