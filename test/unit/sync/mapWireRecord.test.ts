import { describe, expect, it } from 'vitest';
import type { FieldDefinition, ObjectType, SiebelDataType } from '../../../src/metadata';
import { toStoredValue } from '../../../src/sync';
import { mapWireRecord } from '../../../src/sync/download/mapWireRecord';
import { siebelDateToIso } from '../../../src/siebel';

function field(ioElemName: string, dataType: SiebelDataType): FieldDefinition {
  return {
    name: ioElemName,
    ioElemName,
    label: ioElemName,
    dataType,
    isPrimaryKey: ioElemName === 'Id',
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

const account = {
  typeId: 'Account',
  primaryKey: 'Id',
  fields: [
    field('Id', 'DTYPE_ID'),
    field('Updated', 'DTYPE_DATETIME'),
    field('Name', 'DTYPE_TEXT'),
    field('Revenue', 'DTYPE_CURRENCY'),
    field('Employees', 'DTYPE_INTEGER'),
    field('Active', 'DTYPE_BOOL'),
    field('Founded', 'DTYPE_DATE'),
  ],
} as unknown as ObjectType;

describe('mapWireRecord', () => {
  it('maps text values to stored values by data type', () => {
    const mapped = mapWireRecord(account, {
      Id: '1-ABC',
      Updated: '02/02/2024 16:05:10',
      Name: 'Acme',
      Revenue: '1250.50',
      Employees: '42',
      Active: 'Y',
      Founded: '12/31/1999',
    });
    expect(mapped).toEqual({
      ok: true,
      id: '1-ABC',
      record: {
        Id: '1-ABC',
        Updated: '2024-02-02T16:05:10',
        Name: 'Acme',
        Revenue: 1250.5,
        Employees: 42,
        Active: true,
        Founded: '1999-12-31',
      },
    });
  });

  it('stores an empty or missing value as null', () => {
    const mapped = mapWireRecord(account, { Id: '1-ABC', Name: '', Active: '' });
    expect(mapped.ok && mapped.record).toEqual({
      Id: '1-ABC',
      Updated: null,
      Name: null,
      Revenue: null,
      Employees: null,
      Active: null,
      Founded: null,
    });
  });

  it('reports a record without Id as a problem instead of storing it', () => {
    const mapped = mapWireRecord(account, { Id: ' ', Name: 'No id' });
    expect(mapped.ok).toBe(false);
    expect(!mapped.ok && mapped.problem).toMatch(/without Id/);
  });

  it('reports a value of the wrong type with the record id and field', () => {
    const mapped = mapWireRecord(account, { Id: '1-X', Employees: 'many' });
    expect(mapped).toEqual({
      ok: false,
      id: '1-X',
      problem: 'Account 1-X: "many" is not a valid DTYPE_INTEGER value for Employees',
    });
  });
});

describe('toStoredValue', () => {
  it('reads Y/N and true/false as booleans and refuses anything else', () => {
    expect([
      toStoredValue({ dataType: 'DTYPE_BOOL' }, 'N'),
      toStoredValue({ dataType: 'DTYPE_BOOL' }, 'true'),
      toStoredValue({ dataType: 'DTYPE_BOOL' }, 'maybe'),
    ]).toEqual([false, true, undefined]);
  });

  it('refuses hexadecimal and blank numbers that Number() would accept', () => {
    expect(toStoredValue({ dataType: 'DTYPE_NUMBER' }, '0x10')).toBeUndefined();
    expect(toStoredValue({ dataType: 'DTYPE_NUMBER' }, ' ')).toBeUndefined();
    expect(toStoredValue({ dataType: 'DTYPE_NUMBER' }, '-1.5e3')).toBe(-1500);
  });

  it('marks UTC date-times with Z so they sort and parse as UTC', () => {
    expect(toStoredValue({ dataType: 'DTYPE_UTCDATETIME' }, '01/02/2024 03:04:05')).toBe('2024-01-02T03:04:05Z');
  });
});

describe('siebelDateToIso', () => {
  it('refuses impossible dates and other formats', () => {
    expect(siebelDateToIso('02/30/2024 00:00:00')).toBeNull();
    expect(siebelDateToIso('2024-01-02')).toBeNull();
    expect(siebelDateToIso('01/02/2024 24:00:00')).toBeNull();
  });

  it('produces text whose order is the order of the dates', () => {
    const texts = ['12/31/2023 23:59:59', '01/01/2024 00:00:00', '02/01/2024 00:00:00', '01/15/2024 12:00:00'];
    const iso = texts.map((t) => siebelDateToIso(t) as string);
    expect([...iso].sort()).toEqual([
      '2023-12-31T23:59:59',
      '2024-01-01T00:00:00',
      '2024-01-15T12:00:00',
      '2024-02-01T00:00:00',
    ]);
  });
});
