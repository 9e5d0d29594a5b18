import { beforeAll, describe, expect, it } from 'vitest';
import type { CustomizationPackage } from '../../../../src/metadata';
import { encodeCommand } from '../../../../src/sync/upload/encodeCommand';
import { toWireText } from '../../../../src/sync/upload/toWireText';
import { objectOf, pending, salesRepPackage } from '../support/salesRep';

let pkg: CustomizationPackage;
beforeAll(async () => {
  pkg = await salesRepPackage();
});

describe('encodeCommand', () => {
  it('encodes an insert with the fields that have a value and no Id or Updated', () => {
    const account = objectOf(pkg, 'Account');
    const change = pending({
      typeId: 'Account',
      recordId: 'local-1',
      operation: 'insert',
      changedFields: ['Name', 'Location', 'Type', 'MainPhoneNumber'],
    });
    const command = encodeCommand(
      account,
      change,
      {
        Id: 'local-1',
        Updated: null,
        Name: 'Müller & Söhne',
        Location: 'Köln',
        Type: 'Customer',
        MainPhoneNumber: null,
        _bookkeeping: 'x',
      },
      1,
    );
    expect(command).toEqual({
      commandId: 1,
      operation: 'Insert',
      intObjName: 'CRMDesktopAccountIO',
      collectionElemName: 'ListOfAccount',
      recordElemName: 'Account',
      record: { Name: 'Müller & Söhne', Location: 'Köln', Type: 'Customer' },
    });
  });

  it('encodes an update as Id, the base Updated and the changed fields, with an empty text clearing a field', () => {
    const contact = objectOf(pkg, 'Contact');
    const base = { Id: '1-2000001', Updated: '2024-02-02T16:05:10', JobTitle: 'Buyer', WorkPhone: '+49 30 1' };
    const change = pending({
      typeId: 'Contact',
      recordId: '1-2000001',
      operation: 'update',
      base,
      changedFields: ['JobTitle', 'WorkPhone'],
    });
    const command = encodeCommand(contact, change, { ...base, JobTitle: 'VP Sales', WorkPhone: null }, 2);
    expect(command.operation).toBe('Update');
    expect(command.record).toEqual({
      Id: '1-2000001',
      Updated: '02/02/2024 16:05:10',
      JobTitle: 'VP Sales',
      WorkPhone: '',
    });
    expect(Object.keys(command.record)).toEqual(['Id', 'Updated', 'JobTitle', 'WorkPhone']);
  });

  it('encodes a delete as Id and the base Updated only', () => {
    const opportunity = objectOf(pkg, 'Opportunity');
    const change = pending({
      typeId: 'Opportunity',
      recordId: '1-3000002',
      operation: 'delete',
      base: { Id: '1-3000002', Updated: '2024-02-03T08:30:00', Name: 'Big deal' },
    });
    expect(encodeCommand(opportunity, change, null, 3).record).toEqual({
      Id: '1-3000002',
      Updated: '02/03/2024 08:30:00',
    });
  });

  it('never sends the primary key or the timestamp as a changed field', () => {
    const account = objectOf(pkg, 'Account');
    const change = pending({
      typeId: 'Account',
      recordId: 'local-2',
      operation: 'insert',
      changedFields: ['Id', 'Updated', 'Name'],
    });
    expect(
      encodeCommand(account, change, { Id: 'local-2', Updated: '2024-01-01T00:00:00', Name: 'Acme' }, 1).record,
    ).toEqual({ Name: 'Acme' });
  });
});

describe('toWireText', () => {
  it('turns stored values back into Siebel text by data type', () => {
    expect(toWireText({ dataType: 'DTYPE_DATE' }, '2024-02-29')).toBe('02/29/2024');
    expect(toWireText({ dataType: 'DTYPE_DATETIME' }, '2024-02-29T13:05:09')).toBe('02/29/2024 13:05:09');
    expect(toWireText({ dataType: 'DTYPE_UTCDATETIME' }, '2024-02-29T13:05:09Z')).toBe('02/29/2024 13:05:09');
    expect(toWireText({ dataType: 'DTYPE_UTCDATETIME' }, '2024-02-29T15:05:09+02:00')).toBe('02/29/2024 13:05:09');
    expect(toWireText({ dataType: 'DTYPE_BOOL' }, true)).toBe('Y');
    expect(toWireText({ dataType: 'DTYPE_BOOL' }, false)).toBe('N');
    expect(toWireText({ dataType: 'DTYPE_NUMBER' }, 12.5)).toBe('12.5');
    expect(toWireText({ dataType: 'DTYPE_TEXT' }, null)).toBe('');
    expect(toWireText({ dataType: 'DTYPE_TEXT' }, "O'Brien & Co")).toBe("O'Brien & Co");
  });
});
