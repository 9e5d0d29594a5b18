import { describe, expect, it } from 'vitest';
import { findObject, type FieldDefinition, type ObjectType } from '../../../../../src/metadata';
import { addressOf } from '../../../../../src/taskpane/components/records/actions/addressOf';
import { mapAddressOf } from '../../../../../src/taskpane/components/records/actions/mapAddressOf';
import { salesPackage } from '../support/seedStore';

function textField(name: string, ioElemName = name.replace(/[^A-Za-z0-9]/g, '')): FieldDefinition {
  return {
    name,
    ioElemName,
    label: name,
    dataType: 'DTYPE_TEXT',
    isPrimaryKey: false,
    isTimestamp: false,
    isPartOfUserKey: false,
    isFilterable: false,
    isHidden: false,
    isRequired: false,
    isReadonly: false,
    isNullable: true,
    hasPicklist: false,
  };
}

function objectWith(fields: FieldDefinition[]): ObjectType {
  return {
    typeId: 'Account',
    label: 'Account',
    labelPlural: 'Accounts',
    intObjName: 'AccountIO',
    recordElemName: 'Account',
    collectionElemName: 'ListOfAccount',
    viewMode: 'Sales Rep',
    syncFrequencySeconds: 0,
    isTopLevel: true,
    isAssociation: false,
    fields,
    primaryKey: 'Id',
  };
}

describe('addressOf', () => {
  it("joins Siebel's address fields in street, city, state, postal code, country order", () => {
    const object = objectWith([
      textField('Name'),
      textField('Country'),
      textField('Postal Code'),
      textField('City'),
      textField('Street Address'),
      textField('Street Address 2'),
      textField('State'),
      textField('Location'),
    ]);
    const record = {
      Id: '1-A',
      Name: 'Acme',
      Country: 'USA',
      PostalCode: '94105',
      City: 'San Francisco',
      StreetAddress: '1 Market St',
      StreetAddress2: 'Suite 300',
      State: 'CA',
      Location: 'HQ',
    };
    expect(addressOf(object, record)).toBe('1 Market St, Suite 300, San Francisco, CA, 94105, USA');
  });

  it('reads the names of IO elements (PostalCode, PrimaryAddressCity) and leaves empty parts out', () => {
    const object = objectWith([
      textField('Zip', 'PostalCode'),
      textField('Town', 'PrimaryAddressCity'),
      textField('Land', 'Country'),
    ]);
    expect(addressOf(object, { Id: '1', PostalCode: '80802', PrimaryAddressCity: 'München', Country: '' })).toBe(
      'München, 80802',
    );
  });

  it('falls back to the account name and its Location (the site) when there is no address field', () => {
    const object = objectWith([textField('Name'), textField('Location')]);
    expect(addressOf(object, { Id: '1', Name: 'Acme Logistics Inc.', Location: 'München' })).toBe(
      'Acme Logistics Inc., München',
    );
    expect(addressOf(object, { Id: '1', Name: 'Acme Logistics Inc.', Location: ' ' })).toBeNull();
  });

  it('has no address for a record without any', () => {
    expect(addressOf(objectWith([textField('Name'), textField('Job Title')]), { Id: '1', Name: 'x' })).toBeNull();
  });
});

describe('mapAddressOf', () => {
  it("maps a contact without an address of its own at its account's address", async () => {
    const pkg = await salesPackage();
    const contactType = findObject(pkg, 'Contact');
    if (!contactType) throw new Error('the sales package has no Contact');
    const account = { Id: 'A-1', Name: 'Acme Logistics Inc.', Location: 'München' };
    const db = {
      get: async (typeId: string, id: string) => (typeId === 'Account' && id === 'A-1' ? account : undefined),
    };
    const contact = { Id: 'C-1', FirstName: 'David', LastName: 'Rossi', AccountId: 'A-1' };
    expect(await mapAddressOf(db, pkg, contactType, contact)).toBe('Acme Logistics Inc., München');
    expect(await mapAddressOf(db, pkg, contactType, { ...contact, AccountId: 'A-2' })).toBeNull();
    expect(await mapAddressOf(db, pkg, contactType, { ...contact, AccountId: null })).toBeNull();
  });

  it('answers null when the store cannot read the referred record', async () => {
    const pkg = await salesPackage();
    const contactType = findObject(pkg, 'Contact');
    if (!contactType) throw new Error('the sales package has no Contact');
    const db = { get: () => Promise.reject(new Error('closed')) };
    expect(await mapAddressOf(db, pkg, contactType, { Id: 'C-1', AccountId: 'A-1' })).toBeNull();
  });
});
