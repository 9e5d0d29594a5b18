import { beforeAll, describe, expect, it } from 'vitest';
import { parsePackage, type CustomizationPackage } from '../../../../src/metadata';
import { editPlan } from '../../../../src/taskpane/components/edit/editPlan';
import { loadPackageFolder } from '../../metadata/support/loadPackageFolder';
import { salesPackage } from '../records/support/seedStore';
import { salesRepPackage } from '../wizard/fakeServices';

let pkg: CustomizationPackage;
beforeAll(async () => {
  pkg = await salesPackage();
});

const controls = (typeId: string) =>
  editPlan(pkg, typeId).map((g) => [g.title, g.items.map((i) => `${i.field.ioElemName}:${i.control}`)]);

describe('editPlan', () => {
  it('lays a contact out by its package form, with the account as a reference picker and no key or timestamp fields', () => {
    expect(controls('Contact')).toEqual([
      ['#grp_contact_name', ['FirstName:text', 'LastName:text', 'JobTitle:text']],
      ['#grp_contact_reach', ['EmailAddress:text', 'WorkPhone:text', 'AccountId:reference']],
    ]);
    const account = editPlan(pkg, 'Contact')[1].items[2];
    expect(account.referenceTypeId).toBe('Account');
  });

  it('gives dates date inputs, pick list fields a pick list control and a description block a multi-line box', () => {
    expect(controls('Opportunity')).toEqual([
      ['#grp_opportunity_main', ['Name:text', 'AccountId:reference']],
      ['#grp_opportunity_forecast', ['SalesStage:picklist', 'PrimaryRevenueCloseDate:date']],
      ['#grp_description', ['Description:textarea']],
    ]);
  });

  it("edits an activity's planned time in the user's zone and links it to account, contact and opportunity", () => {
    expect(controls('Action')).toEqual([
      ['#grp_activity_main', ['Description:text', 'Type:picklist', 'Status:picklist', 'Planned:utcdatetime']],
      ['#grp_activity_related', ['AccountId:reference', 'PrimaryContactId:reference', 'OpportunityId:reference']],
      ['#grp_activity_comment', ['Comment:textarea']],
    ]);
  });

  it('offers free text for pick lists because the package carries no pick list values', () => {
    const stage = editPlan(pkg, 'Opportunity')[1].items[0];
    expect(stage.choices).toEqual([]);
  });

  it('offers the static values the package lists for a field, with their labels', async () => {
    const simulator = await salesRepPackage();
    const status = editPlan(simulator, 'Action')
      .flatMap((g) => g.items)
      .find((i) => i.field.ioElemName === 'Status')!;
    expect(status.control).toBe('picklist');
    expect(status.choices).toEqual(
      ['Not Started', 'In Progress', 'Planned', 'Done', 'Cancelled'].map((value) => ({ value, label: value })),
    );
    expect(status.recordsPicklist).toBeUndefined();
  });

  it('points a field whose values are list-of-values records at that object and its type filter', async () => {
    const oracle = await parsePackage(loadPackageFolder('oracle-examples'));
    const items = editPlan(oracle, 'Opportunity').flatMap((g) => g.items);
    expect(items.map((i) => `${i.field.ioElemName}:${i.control}`)).toEqual([
      'Name:text',
      'Status:picklist',
      'Channel:picklist',
      'AccountId:reference',
    ]);
    expect(items[2].recordsPicklist).toMatchObject({
      objectTypeId: 'List_Of_Values',
      conditions: [
        { property: 'Type', op: '=', value: 'OPTY_CHANNEL_TYPE' },
        { property: 'Active', op: '=', value: 'Y' },
      ],
    });
    expect(items[2].choices).toEqual([]);
  });

  it('returns nothing for a type the package does not describe', () => {
    expect(editPlan(pkg, 'Nope')).toEqual([]);
  });
});
