import { beforeAll, describe, expect, it } from 'vitest';
import {
  fieldByName,
  findObject,
  formForType,
  parsePackage,
  referenceFields,
  referenceFieldsTo,
  searchableFields,
  type CustomizationPackage,
} from '../../../src/metadata';
import { loadPackageFolder } from './support/loadPackageFolder';

describe('package lookups', () => {
  let pkg: CustomizationPackage;
  beforeAll(async () => {
    pkg = await parsePackage(loadPackageFolder('valid/sales-rep'));
  });

  it('finds an object by TypeId and a field by Siebel Name', () => {
    const contact = findObject(pkg, 'Contact')!;
    expect(fieldByName(contact, 'Work Phone #')?.ioElemName).toBe('WorkPhone');
    expect(fieldByName(contact, 'WorkPhone')).toBeUndefined();
    expect(findObject(pkg, 'Lead')).toBeUndefined();
  });

  it('lists filterable, visible text and phone fields as searchable', () => {
    expect(searchableFields(findObject(pkg, 'Contact')!).map((f) => f.name)).toEqual([
      'First Name',
      'Last Name',
      'Job Title',
      'Email Address',
    ]);
    // Planned is filterable but a date, so text search does not look in it.
    expect(searchableFields(findObject(pkg, 'Action')!).map((f) => f.name)).toEqual(['Description', 'Type', 'Status']);
  });

  it('lists the foreign keys with their target types', () => {
    expect(referenceFields(findObject(pkg, 'Action')!).map((f) => [f.name, f.refObjTypeId])).toEqual([
      ['Account Id', 'Account'],
      ['Primary Contact Id', 'Contact'],
      ['Opportunity Id', 'Opportunity'],
    ]);
    expect(referenceFields(findObject(pkg, 'Account')!)).toEqual([]);
  });

  it('finds the form of a type and nothing for a type without one', () => {
    expect(formForType(pkg, 'Account')?.id).toBe('SBL Account');
    expect(formForType(pkg, 'Lead')).toBeUndefined();
  });

  it('lists the foreign keys of every type that point to a type', () => {
    expect(referenceFieldsTo(pkg, 'Account').map((r) => [r.typeId, r.field.ioElemName])).toEqual([
      ['Contact', 'AccountId'],
      ['Opportunity', 'AccountId'],
      ['Action', 'AccountId'],
    ]);
    expect(referenceFieldsTo(pkg, 'Contact').map((r) => [r.typeId, r.field.name])).toEqual([
      ['Action', 'Primary Contact Id'],
    ]);
    expect(referenceFieldsTo(pkg, 'Action')).toEqual([]);
  });
});
