import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageFullError, StoreError, type DataDatabase, type PendingChange } from '../../../src/store';
import { failTableMethod, failureIssue, localDb, openedStores, serverAccount, serverContact } from './support/localDb';

afterEach(() => {
  vi.restoreAllMocks();
  for (const store of openedStores.splice(0)) store.close();
});

/** A new local account, a new contact pointing to it, a server contact of another account, an issue and a share. */
async function withLocalAccount(db: DataDatabase) {
  await db.writeBatch({
    puts: [
      { typeId: 'Account', records: [serverAccount('A-1')] },
      { typeId: 'Contact', records: [serverContact('C-1', 'A-1')] },
    ],
  });
  const account = String(
    (await db.saveLocalChange({ operation: 'insert', typeId: 'Account', values: { Name: 'Acme' } }))?.Id,
  );
  const contact = String(
    (
      await db.saveLocalChange({
        operation: 'insert',
        typeId: 'Contact',
        values: { LastName: 'Doe', AccountId: account },
      })
    )?.Id,
  );
  await db.applyLocal({
    issues: { put: [failureIssue('Account', account)] },
    shares: { put: [{ itemKey: 'msg-1', typeId: 'Account', recordId: account, sharedAt: 1 }] },
  });
  return { account, contact };
}

describe('DataDatabase.applyLocal remaps', () => {
  it('replaces a local id in the record key, every reference, the pending change, the issue and the share', async () => {
    const { db } = await localDb();
    const { account, contact } = await withLocalAccount(db);
    await db.applyLocal({ remaps: [{ typeId: 'Account', from: account, to: 'A-9' }] });

    expect(await db.get('Account', account)).toBeUndefined();
    expect(await db.get('Account', 'A-9')).toEqual({ Id: 'A-9', Name: 'Acme' });
    expect(await db.get('Contact', contact)).toMatchObject({ AccountId: 'A-9' });
    expect(await db.get('Contact', 'C-1')).toMatchObject({ AccountId: 'A-1' });
    expect(await db.pendingChange('Account', account)).toBeUndefined();
    expect(await db.pendingChange('Account', 'A-9')).toMatchObject({ recordId: 'A-9', operation: 'insert' });
    expect(await db.pendingChange('Contact', contact)).toMatchObject({
      operation: 'insert',
      changedFields: ['LastName', 'AccountId'],
    });
    expect(await db.listIssues()).toEqual([{ ...failureIssue('Account', 'A-9') }]);
    expect(await db.sharedItem('msg-1')).toMatchObject({ recordId: 'A-9' });
    expect((await db.whereEquals('Contact', 'AccountId', 'A-9')).map((c) => c.Id)).toEqual([contact]);
  });

  it('rewrites a pending change whose base references the old id', async () => {
    const { db } = await localDb();
    const { account } = await withLocalAccount(db);
    const pending: PendingChange = {
      typeId: 'Contact',
      recordId: 'C-1',
      operation: 'update',
      changedFields: ['AccountId'],
      base: serverContact('C-1', account),
      state: 'ready',
      revision: 1,
      attempts: 0,
      createdAt: 1,
      updatedAt: 1,
    };
    await db.applyLocal({ pending: { put: [pending] } });
    await db.applyLocal({ remaps: [{ typeId: 'Account', from: account, to: 'A-9' }] });
    expect((await db.pendingChange('Contact', 'C-1'))?.base).toEqual(serverContact('C-1', 'A-9'));
  });

  it('applies remaps before the puts and deletes of the same mutation', async () => {
    const { db } = await localDb();
    const { account } = await withLocalAccount(db);
    await db.applyLocal({
      remaps: [{ typeId: 'Account', from: account, to: 'A-9' }],
      puts: [{ typeId: 'Account', record: serverAccount('A-9', 'Acme') }],
      pending: { delete: [{ typeId: 'Account', recordId: 'A-9' }] },
      issues: { delete: ['Account:A-9'] },
    });
    expect(await db.get('Account', 'A-9')).toEqual(serverAccount('A-9', 'Acme'));
    expect(await db.pendingChange('Account', 'A-9')).toBeUndefined();
    expect(await db.countIssues()).toBe(0);
  });

  it('keeps the existing record when a new record is linked to it', async () => {
    const { db } = await localDb();
    const { account, contact } = await withLocalAccount(db);
    await db.applyLocal({ remaps: [{ typeId: 'Account', from: account, to: 'A-1' }] });
    expect(await db.get('Account', 'A-1')).toEqual(serverAccount('A-1'));
    expect(await db.get('Account', account)).toBeUndefined();
    expect(await db.get('Contact', contact)).toMatchObject({ AccountId: 'A-1' });
  });

  it('keeps nothing of a mutation when one record cannot be stored, remaps included', async () => {
    const { db } = await localDb();
    const { account } = await withLocalAccount(db);
    const before = await db.checksum();
    const error = await db
      .applyLocal({
        remaps: [{ typeId: 'Account', from: account, to: 'A-9' }],
        puts: [
          { typeId: 'Contact', record: serverContact('C-2', 'A-9') },
          { typeId: 'Contact', record: { LastName: 'no primary key' } },
        ],
        shares: { put: [{ itemKey: 'msg-2', typeId: 'Contact', recordId: 'C-2', sharedAt: 2 }] },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(await db.checksum()).toBe(before);
    expect(await db.get('Account', account)).toMatchObject({ Name: 'Acme' });
  });

  it('reports a full storage as StorageFullError and keeps nothing of the mutation', async () => {
    const { db } = await localDb();
    const { account } = await withLocalAccount(db);
    const before = await db.checksum();
    failTableMethod('bulkPut', '_issues', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const error = await db
      .applyLocal({
        remaps: [{ typeId: 'Account', from: account, to: 'A-9' }],
        issues: { put: [failureIssue('Contact', 'C-1')] },
      })
      .catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(StorageFullError);
    expect(await db.checksum()).toBe(before);
  });

  it('rejects an unknown type before writing anything', async () => {
    const { db } = await localDb();
    await expect(
      db.applyLocal({
        puts: [
          { typeId: 'Account', record: serverAccount('A-1') },
          { typeId: 'Lead', record: { Id: 'L-1' } },
        ],
      }),
    ).rejects.toThrow(/type "Lead" is not synchronized/);
    expect(await db.count('Account')).toBe(0);
  });
});

describe('DataDatabase.applyLocal preconditions', () => {
  it('writes nothing and answers false when a pending change has another revision than expected', async () => {
    const { db } = await localDb();
    await db.writeBatch({ puts: [{ typeId: 'Account', records: [serverAccount('A-1')] }] });
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'First edit' } });
    const read = (await db.pendingChange('Account', 'A-1'))!;
    // The user saves again after the upload read the change.
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Second edit' } });

    const written = await db.applyLocal({
      expect: [{ typeId: 'Account', recordId: 'A-1', revision: read.revision }],
      pending: { delete: [{ typeId: 'Account', recordId: 'A-1' }] },
      issues: { put: [failureIssue('Account', 'A-1')] },
    });

    expect(written).toBe(false);
    expect(await db.pendingChange('Account', 'A-1')).toMatchObject({ revision: read.revision + 1 });
    expect(await db.countIssues()).toBe(0);
  });

  it('writes when every expectation holds, null meaning no pending change', async () => {
    const { db } = await localDb();
    await db.writeBatch({ puts: [{ typeId: 'Account', records: [serverAccount('A-1'), serverAccount('A-2')] }] });
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Edit' } });
    const read = (await db.pendingChange('Account', 'A-1'))!;

    const written = await db.applyLocal({
      expect: [
        { typeId: 'Account', recordId: 'A-1', revision: read.revision },
        { typeId: 'Account', recordId: 'A-2', revision: null },
      ],
      issues: { put: [failureIssue('Account', 'A-1')] },
    });

    expect(written).toBe(true);
    expect(await db.countIssues()).toBe(1);
  });
});
