import { describe, expect, it } from 'vitest';
import { deriveLayout, deriveSchema, StoreError, tableNameFor } from '../../../src/store';
import { field, objectType, samplePackage } from './support/packages';

describe('deriveSchema', () => {
  it('indexes searchable text/phone/note fields, natural keys, references and the timestamp, primary key first', () => {
    const schema = deriveSchema(samplePackage());
    expect(schema.Account).toBe('Id, Location, Name, Type, Updated, [Location+Name]');
    // BirthDate is filterable but a date, WorkPhone is a phone but not filterable: neither is indexed.
    expect(schema.Contact).toBe('Id, AccountId, EmailAddress, FirstName, LastName, Updated, [FirstName+LastName]');
  });

  it('adds the add-in tables to every data database', () => {
    const schema = deriveSchema(samplePackage());
    expect(schema._package).toBe('key');
    expect(schema._syncState).toBe('key');
    expect(schema._checkpoints).toBe('typeId');
    expect(Object.keys(schema).sort()).toEqual(['Account', 'Contact', '_checkpoints', '_package', '_syncState']);
  });

  it('creates one table per synchronized type only, not per object', () => {
    const pkg = samplePackage();
    const schema = deriveSchema({ ...pkg, objects: [...pkg.objects, objectType('Employee', [])] });
    expect(schema.Employee).toBeUndefined();
  });

  it('lists a field once when it is searchable, a natural key and a reference at the same time', () => {
    const pkg = samplePackage({
      objects: [objectType('Deal', [field('Owner Id', 'OwnerId', { isFilterable: true, refObjTypeId: 'Employee' })])],
      syncedTypes: [
        { typeId: 'Deal', nameFormat: '', links: [], naturalKeys: [['Owner Id'], ['Owner Id', 'Owner Id']] },
      ],
    });
    expect(deriveSchema(pkg).Deal).toBe('Id, OwnerId, Updated');
  });

  it('gives the same schema when objects, fields and natural-key fields are reordered', () => {
    const pkg = samplePackage();
    const reordered = samplePackage({
      objects: [...pkg.objects].reverse().map((o) => ({ ...o, fields: [...o.fields].reverse() })),
      syncedTypes: pkg.syncedTypes.map((t) => ({
        ...t,
        naturalKeys: [...t.naturalKeys].reverse().map((k) => [...k].reverse()),
      })),
    });
    expect(deriveSchema(reordered)).toEqual(deriveSchema(pkg));
  });

  it('records the searchable fields and sync order in the layout', () => {
    const layout = deriveLayout(samplePackage());
    expect(layout.types.map((t) => t.typeId)).toEqual(['Account', 'Contact']);
    expect(layout.types[1].searchFields).toEqual(['EmailAddress', 'FirstName', 'LastName']);
    expect(layout.types[1].compoundIndexes).toEqual([['FirstName', 'LastName']]);
  });

  it('indexes a hidden filterable field but leaves it out of the default search fields', () => {
    const pkg = samplePackage({
      objects: [
        objectType('Deal', [
          field('Code', 'Code', { isFilterable: true, isHidden: true }),
          field('Title', 'Title', { isFilterable: true }),
        ]),
      ],
      syncedTypes: [{ typeId: 'Deal', nameFormat: '', links: [], naturalKeys: [] }],
    });
    expect(deriveSchema(pkg).Deal).toBe('Id, Code, Title, Updated');
    expect(deriveLayout(pkg).types[0].searchFields).toEqual(['Title']);
  });

  it('maps a TypeId that is not a plain identifier to a stable table name', () => {
    const pkg = samplePackage({
      objects: [objectType('Sales Stage', [field('Name', 'Name', { isFilterable: true })])],
      syncedTypes: [{ typeId: 'Sales Stage', nameFormat: '', links: [], naturalKeys: [] }],
    });
    const schema = deriveSchema(pkg);
    expect(tableNameFor('Sales Stage')).toMatch(/^t_Sales_Stage_[0-9a-f]{8}$/);
    expect(schema[tableNameFor('Sales Stage')]).toBe('Id, Name, Updated');
    expect(deriveLayout(pkg).types[0].table).toBe(tableNameFor('Sales Stage'));
  });

  it('keeps plain TypeIds as table names and tells apart ids that differ only in punctuation', () => {
    expect(tableNameFor('Account')).toBe('Account');
    expect(tableNameFor('Sales-Stage')).not.toBe(tableNameFor('Sales Stage'));
    expect(tableNameFor('_package')).not.toBe('_package');
    expect(tableNameFor('name')).not.toBe('name');
  });

  it('throws a StoreError when a synchronized type has no object definition', () => {
    const pkg = samplePackage({ syncedTypes: [{ typeId: 'Ghost', nameFormat: '', links: [], naturalKeys: [] }] });
    expect(() => deriveSchema(pkg)).toThrow(StoreError);
    expect(() => deriveSchema(pkg)).toThrow(/"Ghost"/);
  });

  it('throws a StoreError when a natural key names an unknown field', () => {
    const pkg = samplePackage({
      syncedTypes: [{ typeId: 'Account', nameFormat: '', links: [], naturalKeys: [['Nope']] }],
    });
    expect(() => deriveSchema(pkg)).toThrow(/natural key field "Nope"/);
  });
});
