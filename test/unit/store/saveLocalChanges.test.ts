import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreError } from '../../../src/store';
import { failTableMethod, localDb, openedStores, serverAccount, serverContact } from './support/localDb';

afterEach(() => {
  vi.restoreAllMocks();
  for (const store of openedStores.splice(0)) store.close();
});

const ACCOUNT_ID = 'local-00000000000000a1';
const CONTACT_ID = 'local-00000000000000c1';

describe('DataDatabase.saveLocalChanges', () => {
  it('creates a record under a chosen local id and records pointing to it in one call, returned in order', async () => {
    const { db } = await localDb();
    const saved = await db.saveLocalChanges([
      { operation: 'insert', typeId: 'Account', id: ACCOUNT_ID, values: { Name: 'Acme' } },
      { operation: 'insert', typeId: 'Contact', values: { LastName: 'Doe', AccountId: ACCOUNT_ID } },
    ]);
    expect(saved.map((r) => r?.Id)).toEqual([ACCOUNT_ID, expect.stringMatching(/^local-[0-9a-f]{16}$/)]);
    expect(await db.pendingChange('Account', ACCOUNT_ID)).toMatchObject({
      operation: 'insert',
      changedFields: ['Name'],
      revision: 1,
    });
    expect(await db.whereEquals('Contact', 'AccountId', ACCOUNT_ID)).toEqual([saved[1]]);
    expect(await db.countPendingChanges()).toBe(2);
  });

  it('folds a later edit of the same call into the earlier one', async () => {
    const { db } = await localDb();
    const saved = await db.saveLocalChanges([
      { operation: 'insert', typeId: 'Account', id: ACCOUNT_ID, values: { Name: 'Acme' } },
      { operation: 'update', typeId: 'Account', id: ACCOUNT_ID, values: { Location: 'Lyon' } },
      { operation: 'insert', typeId: 'Contact', id: CONTACT_ID, values: { LastName: 'Doe' } },
      { operation: 'delete', typeId: 'Contact', id: CONTACT_ID },
    ]);
    expect(saved[3]).toBeUndefined();
    expect(await db.pendingChange('Account', ACCOUNT_ID)).toMatchObject({
      operation: 'insert',
      changedFields: ['Name', 'Location'],
      revision: 2,
    });
    expect(await db.get('Contact', CONTACT_ID)).toBeUndefined();
    expect(await db.countPendingChanges()).toBe(1);
  });

  it('keeps a blocked insert blocked, with its allowDuplicate flag, when it is edited again', async () => {
    const { db } = await localDb();
    await db.saveLocalChanges([{ operation: 'insert', typeId: 'Account', id: ACCOUNT_ID, values: { Name: 'Acme' } }]);
    const change = await db.pendingChange('Account', ACCOUNT_ID);
    await db.applyLocal({ pending: { put: [{ ...change!, state: 'blocked', allowDuplicate: true, attempts: 1 }] } });
    await db.saveLocalChanges([
      { operation: 'update', typeId: 'Account', id: ACCOUNT_ID, values: { Name: 'Acme SA' } },
    ]);
    expect(await db.pendingChange('Account', ACCOUNT_ID)).toMatchObject({
      operation: 'insert',
      state: 'blocked',
      allowDuplicate: true,
      attempts: 1,
      revision: 2,
    });
  });

  it('refuses an insert id that is not a local id and saves nothing', async () => {
    const { db } = await localDb();
    const save = db.saveLocalChanges([
      { operation: 'insert', typeId: 'Account', values: { Name: 'Fine' } },
      { operation: 'insert', typeId: 'Account', id: '1-SIEBEL', values: { Name: 'Acme' } },
    ]);
    await expect(save).rejects.toBeInstanceOf(StoreError);
    await expect(save).rejects.toThrow(/Account id "1-SIEBEL" is not a local id — /);
    expect(await db.count('Account')).toBe(0);
  });

  it('refuses an insert under an id already used and keeps nothing of the call', async () => {
    const { db } = await localDb();
    await db.saveLocalChanges([{ operation: 'insert', typeId: 'Account', id: ACCOUNT_ID, values: { Name: 'First' } }]);
    const before = await db.checksum();
    const save = db.saveLocalChanges([
      { operation: 'insert', typeId: 'Contact', values: { LastName: 'Doe', AccountId: ACCOUNT_ID } },
      { operation: 'insert', typeId: 'Account', id: ACCOUNT_ID, values: { Name: 'Second' } },
    ]);
    await expect(save).rejects.toThrow(/Account id local-00000000000000a1 is already used/);
    expect(await db.get('Account', ACCOUNT_ID)).toMatchObject({ Name: 'First' });
    expect(await db.checksum()).toBe(before);
  });

  it('keeps none of the edits when a later one is refused or the outbox cannot be written', async () => {
    const { db } = await localDb();
    await db.writeBatch({ puts: [{ typeId: 'Account', records: [serverAccount('A-1')] }] });
    const before = await db.checksum();
    await expect(
      db.saveLocalChanges([
        { operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Changed' } },
        { operation: 'update', typeId: 'Account', id: 'A-404', values: { Name: 'x' } },
      ]),
    ).rejects.toThrow(/A-404 is not in the local CRM data/);
    failTableMethod('put', '_outbox', new Error('disk went away'));
    await expect(
      db.saveLocalChanges([{ operation: 'insert', typeId: 'Account', values: { Name: 'New' } }], {
        shares: { put: [{ itemKey: 'm', typeId: 'Account', recordId: 'A-1', sharedAt: 1 }] },
      }),
    ).rejects.toBeInstanceOf(StoreError);
    vi.restoreAllMocks();
    expect(await db.checksum()).toBe(before);
  });

  it('writes shares with the edits, and drops them again when the shared new record is deleted', async () => {
    const { db } = await localDb();
    await db.saveLocalChanges([{ operation: 'insert', typeId: 'Account', id: ACCOUNT_ID, values: { Name: 'Acme' } }], {
      shares: { put: [{ itemKey: 'msg-1', typeId: 'Account', recordId: ACCOUNT_ID, sharedAt: 3 }] },
    });
    expect(await db.sharedItem('msg-1')).toEqual({
      itemKey: 'msg-1',
      typeId: 'Account',
      recordId: ACCOUNT_ID,
      sharedAt: 3,
    });
    await db.saveLocalChanges([{ operation: 'delete', typeId: 'Account', id: ACCOUNT_ID }]);
    expect(await db.sharedItem('msg-1')).toBeUndefined();
  });

  it('applies remaps and issue deletions after the edits: a record re-created under a new local id takes over its references', async () => {
    const { db } = await localDb();
    await db.writeBatch({
      puts: [
        { typeId: 'Account', records: [serverAccount('A-1')] },
        { typeId: 'Contact', records: [serverContact('C-1', 'A-1')] },
      ],
    });
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Mine' } });
    await db.applyLocal({
      issues: {
        put: [
          {
            id: 'Account:A-1',
            typeId: 'Account',
            recordId: 'A-1',
            kind: 'conflict',
            operation: 'update',
            message: 'deleted in Siebel',
            server: null,
            createdAt: 1,
            updatedAt: 1,
          },
        ],
      },
    });
    await db.saveLocalChanges(
      [{ operation: 'insert', typeId: 'Account', id: ACCOUNT_ID, values: { Name: 'Mine', Location: 'Paris' } }],
      {
        remaps: [{ typeId: 'Account', from: 'A-1', to: ACCOUNT_ID }],
        issues: { delete: [`Account:${ACCOUNT_ID}`] },
      },
    );
    expect(await db.get('Account', 'A-1')).toBeUndefined();
    expect(await db.pendingChange('Account', 'A-1')).toBeUndefined();
    expect(await db.pendingChange('Account', ACCOUNT_ID)).toMatchObject({
      operation: 'insert',
      changedFields: ['Name', 'Location'],
    });
    expect(await db.get('Contact', 'C-1')).toMatchObject({ AccountId: ACCOUNT_ID });
    expect(await db.countIssues()).toBe(0);
  });
});
