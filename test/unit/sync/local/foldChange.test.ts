import { beforeAll, describe, expect, it } from 'vitest';
import type { ObjectType } from '../../../../src/metadata';
import { foldChange } from '../../../../src/sync/local/foldChange';
import { objectOf, pending, salesRepPackage } from '../support/salesRep';

let contact: ObjectType;
beforeAll(async () => {
  contact = objectOf(await salesRepPackage(), 'Contact');
});
const server = { Id: '1-C', Updated: '2024-01-01T00:00:00', FirstName: 'Ada', LastName: 'King', JobTitle: 'Buyer', _syncedAt: 5 };

describe('foldChange', () => {
  it('makes a new record an insert of the fields with a value', () => {
    const change = foldChange({ object: contact, recordId: 'local-1', existing: undefined, before: null, after: { Id: 'local-1', LastName: 'Lind', JobTitle: null }, now: 7 });
    expect(change).toMatchObject({ operation: 'insert', base: null, changedFields: ['LastName'], state: 'ready', revision: 1, createdAt: 7 });
  });

  it('makes an edit of a server record an update against the record without bookkeeping fields', () => {
    const change = foldChange({ object: contact, recordId: '1-C', existing: undefined, before: server, after: { ...server, JobTitle: 'CEO' }, now: 7 });
    expect(change).toMatchObject({ operation: 'update', changedFields: ['JobTitle'] });
    expect(change?.base).not.toHaveProperty('_syncedAt');
  });

  it('keeps an edited insert an insert and drops an insert deleted before sending', () => {
    const insert = pending({ typeId: 'Contact', recordId: 'local-1', operation: 'insert', revision: 3, state: 'blocked' });
    expect(foldChange({ object: contact, recordId: 'local-1', existing: insert, before: { Id: 'local-1', LastName: 'A' }, after: { Id: 'local-1', LastName: 'B' }, now: 9 })).toMatchObject({ operation: 'insert', revision: 4, state: 'blocked' });
    expect(foldChange({ object: contact, recordId: 'local-1', existing: insert, before: { Id: 'local-1' }, after: null, now: 9 })).toBeNull();
  });

  it('drops an update edited back to its base and turns update + delete into a delete of the base', () => {
    const update = pending({ typeId: 'Contact', recordId: '1-C', operation: 'update', base: server, changedFields: ['JobTitle'] });
    expect(foldChange({ object: contact, recordId: '1-C', existing: update, before: { ...server, JobTitle: 'CEO' }, after: { ...server }, now: 9 })).toBeNull();
    expect(foldChange({ object: contact, recordId: '1-C', existing: update, before: { ...server, JobTitle: 'CEO' }, after: null, now: 9 })).toMatchObject({ operation: 'delete', base: server });
  });

  it('refuses to edit a record deleted locally', () => {
    const deleted = pending({ typeId: 'Contact', recordId: '1-C', operation: 'delete', base: server });
    expect(() => foldChange({ object: contact, recordId: '1-C', existing: deleted, before: null, after: { ...server }, now: 9 })).toThrow(/deleted locally/);
  });
});
