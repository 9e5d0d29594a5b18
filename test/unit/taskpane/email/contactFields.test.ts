import { beforeAll, describe, expect, it } from 'vitest';
import type { CustomizationPackage, FieldDefinition } from '../../../../src/metadata';
import { deriveLayout } from '../../../../src/store';
import { activityPlan } from '../../../../src/taskpane/components/email/activityPlan';
import { contactFields } from '../../../../src/taskpane/components/email/contactFields';
import { contactPrefill } from '../../../../src/taskpane/components/email/contactPrefill';
import { emailPlan, type PersonType } from '../../../../src/taskpane/components/email/emailPlan';
import { salesPackage } from '../records/support/seedStore';
import { publishedSalesPackage } from './shareStore';

let pkg: CustomizationPackage;
let contact: PersonType;

beforeAll(async () => {
  pkg = await salesPackage();
  contact = emailPlan(pkg, deriveLayout(pkg)).people.find((p) => p.object.typeId === 'Contact')!;
});

/** The contact type with its fields renamed or dropped: another package's shape. */
function reshaped(change: (field: FieldDefinition) => FieldDefinition | null): PersonType {
  const fields = contact.object.fields.map(change).filter((f): f is FieldDefinition => f !== null);
  return { ...contact, object: { ...contact.object, fields } };
}

describe('contactFields', () => {
  it("finds the sales package's first name, last name, e-mail and account fields by their names", () => {
    const fields = contactFields(contact);
    expect(fields).toMatchObject({
      typeId: 'Contact',
      firstName: 'FirstName',
      lastName: 'LastName',
      email: 'EmailAddress',
    });
    expect(fields.account?.ioElemName).toBe('AccountId');
    expect(fields.fullName).toBeUndefined();
  });

  it('finds other spellings of the name fields (Given Name, Surname) by Name or element name', () => {
    const fields = contactFields(
      reshaped((f) =>
        f.name === 'First Name'
          ? { ...f, name: 'Given Name', ioElemName: 'GivenName' }
          : f.name === 'Last Name'
            ? { ...f, name: 'X_SURNAME', ioElemName: 'Surname' }
            : f,
      ),
    );
    expect(fields).toMatchObject({ firstName: 'GivenName', lastName: 'Surname' });
  });

  it('falls back to a single Name field, and to the address alone when there is none', () => {
    const withName = reshaped((f) =>
      f.name === 'First Name' ? null : f.name === 'Last Name' ? { ...f, name: 'Name', ioElemName: 'Name' } : f,
    );
    expect(contactFields(withName)).toMatchObject({ fullName: 'Name' });
    expect(contactFields(withName).lastName).toBeUndefined();
    const nameless = reshaped((f) => (f.name === 'First Name' || f.name === 'Last Name' ? null : f));
    const fields = contactFields(nameless);
    expect([fields.firstName, fields.lastName, fields.fullName]).toEqual([undefined, undefined, undefined]);
    expect(contactPrefill(fields, { name: 'David Rossi', written: 'd@x.example' }, null)).toEqual({
      EmailAddress: 'd@x.example',
    });
  });

  it('leaves read-only name fields alone', () => {
    const fields = contactFields(reshaped((f) => (f.name === 'First Name' ? { ...f, isReadonly: true } : f)));
    expect(fields.firstName).toBeUndefined();
  });
});

describe('contactPrefill', () => {
  it('fills first and last name, the address as written and the suggested account', () => {
    expect(
      contactPrefill(contactFields(contact), { name: 'Rossi, David', written: 'David.Rossi@Acme.example' }, 'A-1'),
    ).toEqual({ FirstName: 'David', LastName: 'Rossi', EmailAddress: 'David.Rossi@Acme.example', AccountId: 'A-1' });
  });

  it('leaves the account empty without a suggestion and the first name empty for a single name', () => {
    expect(contactPrefill(contactFields(contact), { name: 'Madonna', written: 'm@gmail.com' }, null)).toEqual({
      LastName: 'Madonna',
      EmailAddress: 'm@gmail.com',
    });
  });

  it('puts the whole name into a full-name field', () => {
    const withName = reshaped((f) =>
      f.name === 'First Name' ? null : f.name === 'Last Name' ? { ...f, name: 'Full Name', ioElemName: 'FullName' } : f,
    );
    expect(contactPrefill(contactFields(withName), { name: 'Rossi, David', written: 'd@x.example' }, null)).toEqual({
      FullName: 'David Rossi',
      EmailAddress: 'd@x.example',
    });
  });
});

describe('activityPlan', () => {
  it("finds a contact's activities through their primary contact and the activity-contact association", async () => {
    const plan = activityPlan(await publishedSalesPackage(), 'Contact');
    expect(plan.types.map((t) => [t.object.typeId, t.people.map((f) => f.ioElemName), t.when.ioElemName])).toEqual([
      ['Action', ['PrimaryContactId'], 'Planned'],
    ]);
    expect(plan.links.map((l) => [l.association.typeId, l.person.ioElemName, l.activity.ioElemName])).toEqual([
      ['ActionContact', 'ContactId', 'ActivityId'],
    ]);
  });

  it('finds no activities of a type nothing points at with a date, and no opportunity (it has a stage)', () => {
    expect(activityPlan(pkg, 'Account').types.map((t) => t.object.typeId)).toEqual(['Action']);
    expect(activityPlan(pkg, 'Opportunity').types.map((t) => t.object.typeId)).toEqual(['Action']);
    expect(activityPlan(pkg, 'Action').types).toEqual([]);
  });
});
