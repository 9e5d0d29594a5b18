import { describe, expect, it } from 'vitest';
import {
  computeSchemaFingerprint,
  fieldPicklist,
  packageWarnings,
  parsePackage,
  type CustomizationPackage,
  type PackageFile,
} from '../../../src/metadata';
import { editFile } from './support/editFile';
import { loadPackageFolder } from './support/loadPackageFolder';

/** The sales-rep package with `picklists` added to siebel_meta_info.xml and Sales Stage naming `StagePicklist`. */
function withPicklists(picklists: string, stageAttributes = 'PicklistTypeId="StagePicklist"'): PackageFile[] {
  return editFile(loadPackageFolder('valid/sales-rep'), 'siebel_meta_info.xml', (c) =>
    c
      .replace(
        'HasPicklist="yes"\n           IsFilterable="yes" IOElemName="SalesStage"',
        `HasPicklist="yes" ${stageAttributes}\n           IsFilterable="yes" IOElemName="SalesStage"`,
      )
      .replace('</SiebelMetaInfo>', `${picklists}\n</SiebelMetaInfo>`),
  );
}

const messages = (pkg: CustomizationPackage) => packageWarnings(pkg).map((w) => w.message);

describe('pick-lists of siebel_meta_info.xml', () => {
  it('reads values listed in the package, with optional labels, and links the field that names them', async () => {
    const pkg = await parsePackage(
      withPicklists(
        '<picklist TypeId="StagePicklist"><value>01 - Prospecting</value><value label="#stage_won">07 - Closed/Won</value><value></value></picklist>',
      ),
    );
    expect(pkg.picklists).toEqual([
      {
        typeId: 'StagePicklist',
        values: [
          { value: '01 - Prospecting', label: '01 - Prospecting' },
          { value: '07 - Closed/Won', label: '#stage_won' },
        ],
      },
    ]);
    expect(messages(pkg)).toEqual([
      'an empty picklist value is ignored (an empty field already means "no value")',
      'display string "stage_won" (attribute label) has no entry in package_res.xml',
    ]);
    expect(fieldPicklist(pkg, 'Opportunity', 'Sales Stage')).toEqual({
      kind: 'values',
      picklistTypeId: 'StagePicklist',
      values: pkg.picklists![0].values,
    });
  });

  it("links a field through its form combobox's source type when it names no PicklistTypeId", async () => {
    const pkg = await parsePackage(
      withPicklists('<picklist TypeId="SalesStagePicklist"><value>A</value></picklist>', ''),
    );
    expect(fieldPicklist(pkg, 'Opportunity', 'Sales Stage')).toBeUndefined();
    expect(fieldPicklist(pkg, 'Opportunity', 'Sales Stage', 'SalesStagePicklist')).toMatchObject({
      kind: 'values',
      values: [{ value: 'A' }],
    });
    expect(fieldPicklist(pkg, 'Opportunity', 'Nope', 'SalesStagePicklist')).toBeUndefined();
  });

  it.each([
    [
      'a source naming no object',
      '<picklist TypeId="StagePicklist" SrcObjectTypeId="LOV" ValueFldName="Value"/>',
      'picklist "StagePicklist": SrcObjectTypeId "LOV" names no object; its fields take free text',
    ],
    [
      'a source naming fields its object lacks',
      '<picklist TypeId="StagePicklist" SrcObjectTypeId="Account" CollectionTypeFldName="Type" ValueFldName="Value" LangFldName="Language"/>',
      'picklist "StagePicklist" names "Value", "Language", not fields of "Account"; its fields take free text',
    ],
    [
      'neither a source nor values',
      '<picklist TypeId="StagePicklist"/>',
      'picklist "StagePicklist" has neither SrcObjectTypeId nor values; its fields take free text',
    ],
    [
      'no TypeId',
      '<picklist><value>a</value></picklist>',
      'a picklist without a TypeId cannot be referred to and is ignored',
    ],
  ])('ignores a pick-list with %s, and the field that names it takes free text', async (_, xml, message) => {
    const pkg = await parsePackage(withPicklists(xml));
    expect(messages(pkg)).toEqual([
      message,
      'PicklistTypeId "StagePicklist" names no usable picklist; the field takes free text',
    ]);
    expect(fieldPicklist(pkg, 'Opportunity', 'Sales Stage')).toBeUndefined();
  });

  it('reads records of a synchronized object as the source, and warns when the object is not synchronized', async () => {
    const synced = await parsePackage(
      withPicklists(
        '<picklist TypeId="StagePicklist" SrcObjectTypeId="Account" CollectionTypeFldName="Type" ValueFldName="Name" LabelFldName="Location"/>',
        'PicklistTypeId="StagePicklist" PicklistCollectionType="STAGE"',
      ),
    );
    expect(messages(synced)).toEqual([]);
    expect(fieldPicklist(synced, 'Opportunity', 'Sales Stage')).toEqual({
      kind: 'records',
      picklistTypeId: 'StagePicklist',
      objectTypeId: 'Account',
      conditions: [{ property: 'Type', op: '=', value: 'STAGE' }],
      valueProperty: 'Name',
      labelProperty: 'Location',
    });
    const files = editFile(
      withPicklists('<picklist TypeId="StagePicklist" SrcObjectTypeId="Account" ValueFldName="Name"/>'),
      'connector_configuration.xml',
      (c) => c.replace(/<type id="Account">[\s\S]*?<\/type>/, ''),
    );
    const unsynced = await parsePackage(
      editFile(files, 'siebel_meta_info.xml', (c) =>
        c.replace(/IsRefObjId="yes"\s+RefObjTypeId="Account"/g, 'IsRefObjId="no"'),
      ),
    );
    expect(messages(unsynced)).toEqual([
      'the values of picklist "StagePicklist" come from "Account", which the package does not synchronize; the field takes free text',
    ]);
    expect(fieldPicklist(unsynced, 'Opportunity', 'Sales Stage')).toBeUndefined();
  });

  it("reads a master filter of [Field] = 'value' comparisons joined by AND, and warns about any other form", async () => {
    const master = (expr: string) =>
      withPicklists(
        `<picklist TypeId="StagePicklist" SrcObjectTypeId="Account" ValueFldName="Name"><master_filter_expr><![CDATA[ ${expr} ]]></master_filter_expr></picklist>`,
      );
    const read = await parsePackage(
      master(`[Type] = 'Customer' AND ([Account Status] <> "Research and ""Development""")`),
    );
    expect(read.picklists?.[0].source?.masterConditions).toEqual([
      { field: 'Type', op: '=', value: 'Customer' },
      { field: 'Account Status', op: '<>', value: 'Research and "Development"' },
    ]);
    expect(messages(read)).toEqual([]);
    const other = await parsePackage(master(`[Type] = 'A' OR [Type] = 'B'`));
    expect(other.picklists?.[0].source).toMatchObject({ masterFilter: "[Type] = 'A' OR [Type] = 'B'" });
    expect(other.picklists?.[0].source?.masterConditions).toBeUndefined();
    expect(messages(other)).toEqual([
      `master_filter_expr "[Type] = 'A' OR [Type] = 'B'" is not applied to the local records (the add-in reads [Field] = 'value' comparisons of the object's fields joined by AND)`,
    ]);
  });

  it('leaves pick-lists and warnings out of the schema fingerprint', async () => {
    const plain = await parsePackage(loadPackageFolder('valid/sales-rep'));
    const listed = await parsePackage(
      withPicklists('<picklist TypeId="StagePicklist"><value>A</value></picklist><delays_schedule/>'),
    );
    expect(packageWarnings(listed)).toHaveLength(1);
    expect(listed.schemaFingerprint).toBe(plain.schemaFingerprint);
    const withoutWarnings: CustomizationPackage = { ...listed, warnings: [], picklists: [] };
    expect(await computeSchemaFingerprint(withoutWarnings)).toBe(listed.schemaFingerprint);
    expect(packageWarnings({ ...plain, warnings: undefined })).toEqual([]);
  });
});
