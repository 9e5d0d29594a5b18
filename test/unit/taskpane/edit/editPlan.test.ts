import { beforeAll, describe, expect, it } from 'vitest';
import type { CustomizationPackage } from '../../../../src/metadata';
import { editPlan } from '../../../../src/taskpane/components/edit/editPlan';
import { salesPackage } from '../records/support/seedStore';

let pkg: CustomizationPackage;
beforeAll(async () => {
  pkg = await salesPackage();
});

const controls = (typeId: string) => editPlan(pkg, typeId).map((g) => [g.title, g.items.map((i) => `${i.field.ioElemName}:${i.control}`)]);

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

  it('edits an activity\'s planned time in the user\'s zone and links it to account, contact and opportunity', () => {
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

  it('returns nothing for a type the package does not describe', () => {
    expect(editPlan(pkg, 'Nope')).toEqual([]);
  });
});
