import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditsClosedError, isLocalId, StoreError, type PendingChange } from '../../../src/store';
import { failTableMethod, failureIssue, localDb, openedStores, serverAccount } from './support/localDb';

afterEach(() => {
  vi.restoreAllMocks();
  for (const store of openedStores.splice(0)) store.close();
});

async function withServerAccount() {
  const env = await localDb();
  await env.db.writeBatch({ puts: [{ typeId: 'Account', records: [{ ...serverAccount('A-1'), _seen: 1 }] }] });
  return env;
}

describe('DataDatabase.saveLocalChange', () => {
  it('stores a new record under a local id with a pending insert of the fields that have a value', async () => {
    const { db, clock } = await localDb();
    const saved = await db.saveLocalChange({
      operation: 'insert',
      typeId: 'Account',
      values: { Name: 'Acme', Location: 'Lyon', Type: '', MainPhoneNumber: null },
    });
    const id = String(saved?.Id);
    expect(id).toMatch(/^local-[0-9a-f]{16}$/);
    expect(isLocalId(id)).toBe(true);
    expect(await db.get('Account', id)).toEqual(saved);
    // Empty text is kept as Siebel and every download keep it: null (soak seed 11002367).
    expect(saved?.Type).toBeNull();
    expect(await db.pendingChange('Account', id)).toEqual({
      typeId: 'Account',
      recordId: id,
      operation: 'insert',
      changedFields: ['Name', 'Location'],
      base: null,
      state: 'ready',
      revision: 1,
      changeId: expect.stringMatching(/^[0-9a-f]{16}$/),
      attempts: 0,
      createdAt: clock.now(),
      updatedAt: clock.now(),
    });
  });

  it('gives every new record its own local id', async () => {
    const { db } = await localDb();
    const a = await db.saveLocalChange({ operation: 'insert', typeId: 'Account', values: { Name: 'A' } });
    const b = await db.saveLocalChange({ operation: 'insert', typeId: 'Account', values: { Name: 'B' } });
    expect(a?.Id).not.toBe(b?.Id);
    expect(await db.countPendingChanges()).toBe(2);
  });

  it('keeps the record before the first edit, without bookkeeping fields, as the base of a pending update', async () => {
    const { db } = await withServerAccount();
    const saved = await db.saveLocalChange({
      operation: 'update',
      typeId: 'Account',
      id: 'A-1',
      values: { Name: 'Acme 2', Id: 'renamed' },
    });
    expect(saved).toMatchObject({ Id: 'A-1', Name: 'Acme 2', _seen: 1 });
    expect(await db.get('Account', 'A-1')).toEqual(saved);
    expect(await db.pendingChange('Account', 'A-1')).toMatchObject({
      operation: 'update',
      changedFields: ['Name'],
      base: serverAccount('A-1'),
      revision: 1,
      state: 'ready',
    });
  });

  it('stores an edit that changes no value without a pending change', async () => {
    const { db } = await withServerAccount();
    await db.saveLocalChange({
      operation: 'update',
      typeId: 'Account',
      id: 'A-1',
      values: { Name: 'Name A-1', Type: '' },
    });
    expect(await db.countPendingChanges()).toBe(0);
  });

  it('keeps an edited pending insert an insert, with the new values and a new revision', async () => {
    const { db, clock } = await localDb();
    const created = await db.saveLocalChange({ operation: 'insert', typeId: 'Account', values: { Name: 'Acme' } });
    const id = String(created?.Id);
    await clock.advance(1000);
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id, values: { Location: 'Lyon' } });
    expect(await db.get('Account', id)).toEqual({ Id: id, Name: 'Acme', Location: 'Lyon' });
    expect(await db.pendingChange('Account', id)).toMatchObject({
      operation: 'insert',
      changedFields: ['Name', 'Location'],
      base: null,
      revision: 2,
      createdAt: Date.UTC(2024, 5, 1),
      updatedAt: Date.UTC(2024, 5, 1) + 1000,
    });
  });

  it('recomputes the fields of a pending update against its base on a later edit', async () => {
    const { db } = await withServerAccount();
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Acme 2' } });
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Location: 'Lyon' } });
    const change = await db.pendingChange('Account', 'A-1');
    expect(change).toMatchObject({
      operation: 'update',
      changedFields: ['Name', 'Location'],
      base: serverAccount('A-1'),
      revision: 2,
    });
  });

  it('drops the pending update and its issue when the record is edited back to its base values', async () => {
    const { db } = await withServerAccount();
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Acme 2' } });
    await db.applyLocal({ issues: { put: [failureIssue('Account', 'A-1', 1)] } });
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Name A-1' } });
    expect(await db.pendingChange('Account', 'A-1')).toBeUndefined();
    expect(await db.countIssues()).toBe(0);
    expect(await db.get('Account', 'A-1')).toMatchObject(serverAccount('A-1'));
  });

  it('keeps a field of an update on its way to Siebel pending when it is edited back to its base value', async () => {
    const { db } = await withServerAccount();
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Acme 2' } });
    await db.markSending([{ typeId: 'Account', recordId: 'A-1', values: { Name: 'Acme 2' } }]);
    const marked = await db.pendingChange('Account', 'A-1');
    expect(marked).toMatchObject({ revision: 1, sending: { Name: 'Acme 2' } });
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Name A-1' } });
    expect(await db.pendingChange('Account', 'A-1')).toMatchObject({
      operation: 'update',
      changedFields: ['Name'],
      sending: { Name: 'Acme 2' },
      revision: 2,
    });
    expect(await db.get('Account', 'A-1')).toMatchObject({ Name: 'Name A-1' });
  });

  it('marks only pending updates as being sent, adding to an earlier mark', async () => {
    const { db } = await withServerAccount();
    await db.saveLocalChange({
      operation: 'update',
      typeId: 'Account',
      id: 'A-1',
      values: { Name: 'Acme 2', Location: 'Lyon' },
    });
    await db.markSending([{ typeId: 'Account', recordId: 'A-1', values: { Name: 'Acme 2' } }]);
    await db.markSending([
      { typeId: 'Account', recordId: 'A-1', values: { Location: 'Lyon' } },
      { typeId: 'Account', recordId: 'A-404', values: { Name: 'gone' } },
    ]);
    expect((await db.pendingChange('Account', 'A-1'))?.sending).toEqual({ Name: 'Acme 2', Location: 'Lyon' });
    expect(await db.pendingChange('Account', 'A-404')).toBeUndefined();
    const inserted = await db.saveLocalChange({ operation: 'insert', typeId: 'Account', values: { Name: 'New' } });
    const id = String(inserted?.Id);
    await db.markSending([{ typeId: 'Account', recordId: id, values: { Name: 'New' } }]);
    expect((await db.pendingChange('Account', id))?.sending).toBeUndefined();
  });

  it('removes a never-sent record with its pending insert, issue and shares when it is deleted', async () => {
    const { db } = await localDb();
    const created = await db.saveLocalChange({ operation: 'insert', typeId: 'Account', values: { Name: 'Acme' } });
    const id = String(created?.Id);
    await db.applyLocal({
      issues: { put: [failureIssue('Account', id, 1)] },
      shares: {
        put: [
          { itemKey: 'msg-1', typeId: 'Account', recordId: id, sharedAt: 1 },
          { itemKey: 'msg-2', typeId: 'Account', recordId: 'A-9', sharedAt: 1 },
        ],
      },
    });
    expect(await db.saveLocalChange({ operation: 'delete', typeId: 'Account', id })).toBeUndefined();
    expect(await db.get('Account', id)).toBeUndefined();
    expect(await db.countPendingChanges()).toBe(0);
    expect(await db.countIssues()).toBe(0);
    expect(await db.sharedItem('msg-1')).toBeUndefined();
    expect(await db.sharedItem('msg-2')).toMatchObject({ recordId: 'A-9' });
  });

  it('removes a server record and keeps a pending delete with the record as base', async () => {
    const { db } = await withServerAccount();
    await db.saveLocalChange({ operation: 'delete', typeId: 'Account', id: 'A-1' });
    expect(await db.get('Account', 'A-1')).toBeUndefined();
    expect(await db.pendingChange('Account', 'A-1')).toMatchObject({
      operation: 'delete',
      changedFields: [],
      base: serverAccount('A-1'),
      revision: 1,
    });
  });

  it('turns a pending update into a delete that keeps the base from before the first edit', async () => {
    const { db } = await withServerAccount();
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Acme 2' } });
    await db.saveLocalChange({ operation: 'delete', typeId: 'Account', id: 'A-1' });
    expect(await db.pendingChange('Account', 'A-1')).toMatchObject({
      operation: 'delete',
      changedFields: [],
      base: serverAccount('A-1'),
      revision: 2,
    });
  });

  it('refuses to edit or delete again a record deleted locally, saying what to do', async () => {
    const { db } = await withServerAccount();
    await db.saveLocalChange({ operation: 'delete', typeId: 'Account', id: 'A-1' });
    const update = db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'x' } });
    await expect(update).rejects.toBeInstanceOf(StoreError);
    await expect(update).rejects.toThrow(/Account A-1 was deleted on this computer .* — synchronize first/);
    await expect(db.saveLocalChange({ operation: 'delete', typeId: 'Account', id: 'A-1' })).rejects.toThrow(
      /deleted on this computer/,
    );
    expect(await db.pendingChange('Account', 'A-1')).toMatchObject({ operation: 'delete', revision: 1 });
  });

  it('refuses an edit of an unknown record or type', async () => {
    const { db } = await localDb();
    await expect(
      db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-404', values: { Name: 'x' } }),
    ).rejects.toThrow(/Account A-404 is not in the local CRM data — .*try again/);
    await expect(db.saveLocalChange({ operation: 'insert', typeId: 'Lead', values: { Name: 'x' } })).rejects.toThrow(
      /type "Lead" is not synchronized/,
    );
    expect(await db.countPendingChanges()).toBe(0);
  });

  it('keeps a blocked change blocked when the user edits the record again', async () => {
    const { db } = await withServerAccount();
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Acme 2' } });
    const change = (await db.pendingChange('Account', 'A-1')) as PendingChange;
    await db.applyLocal({ pending: { put: [{ ...change, state: 'blocked', attempts: 2 }] } });
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Location: 'Lyon' } });
    expect(await db.pendingChange('Account', 'A-1')).toMatchObject({ state: 'blocked', attempts: 2, revision: 2 });
  });

  it('keeps neither the record nor the pending change when writing the outbox fails', async () => {
    const { db } = await withServerAccount();
    const before = await db.checksum();
    failTableMethod('put', '_outbox', new Error('disk went away'));
    await expect(
      db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Acme 2' } }),
    ).rejects.toBeInstanceOf(StoreError);
    await expect(
      db.saveLocalChange({ operation: 'insert', typeId: 'Account', values: { Name: 'New' } }),
    ).rejects.toBeInstanceOf(StoreError);
    vi.restoreAllMocks();
    expect(await db.get('Account', 'A-1')).toMatchObject({ Name: 'Name A-1' });
    expect(await db.count('Account')).toBe(1);
    expect(await db.checksum()).toBe(before);
  });
});

describe('DataDatabase pending changes, issues and shares', () => {
  it('lists pending changes and issues oldest first and counts them', async () => {
    const { db, clock } = await withServerAccount();
    const first = await db.saveLocalChange({ operation: 'insert', typeId: 'Account', values: { Name: 'First' } });
    await clock.advance(10);
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Second' } });
    await clock.advance(10);
    await db.saveLocalChange({
      operation: 'update',
      typeId: 'Account',
      id: String(first?.Id),
      values: { Name: 'First again' },
    });
    expect((await db.listPendingChanges()).map((c) => c.recordId)).toEqual([first?.Id, 'A-1']);
    expect(await db.countPendingChanges()).toBe(2);

    await db.applyLocal({
      issues: { put: [failureIssue('Account', 'A-1', 20), failureIssue('Account', String(first?.Id), 5)] },
    });
    expect((await db.listIssues()).map((i) => i.recordId)).toEqual([first?.Id, 'A-1']);
    expect(await db.countIssues()).toBe(2);
    await db.applyLocal({ issues: { delete: ['Account:A-1'] } });
    expect(await db.countIssues()).toBe(1);
  });

  it('finds a shared Outlook item by its key and forgets it when the share is deleted', async () => {
    const { db } = await localDb();
    expect(await db.sharedItem('msg-1')).toBeUndefined();
    await db.applyLocal({ shares: { put: [{ itemKey: 'msg-1', typeId: 'Account', recordId: 'A-1', sharedAt: 7 }] } });
    expect(await db.sharedItem('msg-1')).toEqual({ itemKey: 'msg-1', typeId: 'Account', recordId: 'A-1', sharedAt: 7 });
    await db.applyLocal({ shares: { delete: ['msg-1'] } });
    expect(await db.sharedItem('msg-1')).toBeUndefined();
  });
});

describe('DataDatabase.checksum with local changes', () => {
  it('changes when only a pending change, an issue or a share changes', async () => {
    const { db } = await withServerAccount();
    const sums = [await db.checksum()];
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Acme 2' } });
    const change = (await db.pendingChange('Account', 'A-1')) as PendingChange;
    await db.applyLocal({ puts: [{ typeId: 'Account', record: serverAccount('A-1') }] });
    sums.push(await db.checksum());
    await db.applyLocal({ pending: { put: [{ ...change, attempts: 1 }] } });
    sums.push(await db.checksum());
    await db.applyLocal({ issues: { put: [failureIssue('Account', 'A-1', 1)] } });
    sums.push(await db.checksum());
    await db.applyLocal({ shares: { put: [{ itemKey: 'msg-1', typeId: 'Account', recordId: 'A-1', sharedAt: 1 }] } });
    sums.push(await db.checksum());
    expect(new Set(sums).size).toBe(sums.length);
  });
});

describe('DataDatabase.closeForEdits (an initial run about to swap a new database in)', () => {
  it('closes a database without unsent changes for edits, in the transaction that counts them', async () => {
    const { db, clock } = await withServerAccount();
    expect(await db.closeForEdits()).toBe(0);
    await expect(
      db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Late' } }),
    ).rejects.toThrow(EditsClosedError);
    await expect(db.applyLocal({ deletes: [{ typeId: 'Account', id: 'A-1' }] })).rejects.toThrow(EditsClosedError);
    expect(await db.get('Account', 'A-1')).toMatchObject({ Name: 'Name A-1' });
    expect(await db.countPendingChanges()).toBe(0);
    // A process that died before the swap refuses saves for a minute at most.
    clock.advance(60_000);
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Later' } });
    expect(await db.countPendingChanges()).toBe(1);
  });

  it('leaves a database with unsent changes open, and reopenForEdits takes the mark off', async () => {
    const { db } = await withServerAccount();
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Mine' } });
    expect(await db.closeForEdits()).toBe(1);
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Mine 2' } });
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Name A-1' } });
    expect(await db.closeForEdits()).toBe(0);
    await db.reopenForEdits();
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Mine 3' } });
    expect(await db.pendingChange('Account', 'A-1')).toMatchObject({ changedFields: ['Name'] });
  });
});
