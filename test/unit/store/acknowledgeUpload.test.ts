import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError, type DataDatabase } from '../../../src/store';
import { localDb, openedStores, serverAccount, serverContact } from './support/localDb';

afterEach(() => {
  for (const store of openedStores.splice(0)) store.close();
});

/** What the server returns for a record the add-in sent: its Id, a new stamp and a computed field. */
const answered = (id: string, values: Record<string, string>) => ({
  Id: id,
  Updated: '06/01/2024 12:00:00',
  Location: '',
  Type: 'Customer',
  ...values,
});

async function newAccountWithContact(db: DataDatabase) {
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
    issues: {
      put: [
        {
          id: `Account:${account}`,
          typeId: 'Account',
          recordId: account,
          kind: 'failure',
          operation: 'insert',
          message: 'm',
          createdAt: 1,
          updatedAt: 1,
        },
      ],
    },
    shares: { put: [{ itemKey: 'msg-1', typeId: 'Account', recordId: account, sharedAt: 1 }] },
  });
  return { account, contact };
}

describe('DataDatabase.acknowledgeUpload', () => {
  it('stores the server record of a sent insert under its server Id everywhere and drops the pending change', async () => {
    const { db } = await localDb();
    const { account, contact } = await newAccountWithContact(db);
    await db.acknowledgeUpload({
      typeId: 'Account',
      recordId: account,
      revision: 1,
      serverRecord: answered('A-9', { Name: 'Acme' }),
    });

    expect(await db.get('Account', account)).toBeUndefined();
    expect(await db.get('Account', 'A-9')).toEqual(answered('A-9', { Name: 'Acme' }));
    expect(await db.pendingChange('Account', 'A-9')).toBeUndefined();
    expect(await db.countIssues()).toBe(0);
    expect(await db.get('Contact', contact)).toMatchObject({ AccountId: 'A-9' });
    expect(await db.pendingChange('Contact', contact)).toMatchObject({ operation: 'insert', revision: 1 });
    expect(await db.sharedItem('msg-1')).toMatchObject({ recordId: 'A-9' });
    expect(await db.countPendingChanges()).toBe(1);
  });

  it('keeps an edit made while the insert was being sent as an update against the server record', async () => {
    const { db, clock } = await localDb();
    const { account } = await newAccountWithContact(db);
    await db.saveLocalChange({
      operation: 'update',
      typeId: 'Account',
      id: account,
      values: { Name: 'Acme Corp', MainPhoneNumber: '555' },
    });
    await clock.advance(5);
    await db.acknowledgeUpload({
      typeId: 'Account',
      recordId: account,
      revision: 1,
      serverRecord: answered('A-9', { Name: 'Acme' }),
    });

    expect(await db.get('Account', 'A-9')).toEqual({
      ...answered('A-9', { Name: 'Acme Corp' }),
      MainPhoneNumber: '555',
    });
    expect(await db.pendingChange('Account', 'A-9')).toMatchObject({
      recordId: 'A-9',
      operation: 'update',
      base: answered('A-9', { Name: 'Acme' }),
      changedFields: ['Name', 'MainPhoneNumber'],
      revision: 2,
      state: 'ready',
      attempts: 0,
      updatedAt: clock.now(),
    });
    expect(await db.countIssues()).toBe(0);
  });

  it('drops a sent update and takes the server record when nothing was edited since', async () => {
    const { db } = await localDb();
    await db.writeBatch({ puts: [{ typeId: 'Account', records: [serverAccount('A-1')] }] });
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Acme 2' } });
    const server = { ...serverAccount('A-1', 'Acme 2'), Updated: '06/01/2024 12:00:00' };
    await db.acknowledgeUpload({ typeId: 'Account', recordId: 'A-1', revision: 1, serverRecord: server });
    expect(await db.get('Account', 'A-1')).toEqual(server);
    expect(await db.countPendingChanges()).toBe(0);
  });

  it('keeps a newer edit of a sent update pending against the server record, with its fields recomputed', async () => {
    const { db } = await localDb();
    await db.writeBatch({ puts: [{ typeId: 'Account', records: [serverAccount('A-1')] }] });
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Acme 2' } });
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Location: 'Lyon' } });
    const server = { ...serverAccount('A-1', 'Acme 2'), Updated: '06/01/2024 12:00:00' };
    await db.acknowledgeUpload({ typeId: 'Account', recordId: 'A-1', revision: 1, serverRecord: server });
    expect(await db.get('Account', 'A-1')).toEqual({ ...server, Location: 'Lyon' });
    expect(await db.pendingChange('Account', 'A-1')).toMatchObject({
      operation: 'update',
      base: server,
      changedFields: ['Location'],
      revision: 2,
    });
  });

  it('keeps a change created afresh after the sent one was discarded, although its revision restarted', async () => {
    const { db } = await localDb();
    await db.writeBatch({ puts: [{ typeId: 'Account', records: [serverAccount('A-1')] }] });
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Acme 2' } });
    const sent = await db.pendingChange('Account', 'A-1');
    // Discarded while on the way, then a new edit: a new change, at revision 1 again.
    await db.applyLocal({
      puts: [{ typeId: 'Account', record: serverAccount('A-1') }],
      pending: { delete: [{ typeId: 'Account', recordId: 'A-1' }] },
    });
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Location: 'Lyon' } });
    const fresh = await db.pendingChange('Account', 'A-1');
    expect(fresh?.revision).toBe(sent?.revision);
    expect(fresh?.changeId).toEqual(expect.any(String));
    expect(fresh?.changeId).not.toBe(sent?.changeId);
    const server = { ...serverAccount('A-1', 'Acme 2'), Updated: '06/01/2024 12:00:00' };
    await db.acknowledgeUpload({
      typeId: 'Account',
      recordId: 'A-1',
      revision: 1,
      changeId: sent?.changeId,
      serverRecord: server,
      sentFields: ['Name'],
    });
    // Siebel's Name (the discarded change's field) and the user's new Location, still to send.
    expect(await db.get('Account', 'A-1')).toEqual({ ...server, Location: 'Lyon' });
    expect(await db.pendingChange('Account', 'A-1')).toMatchObject({
      operation: 'update',
      base: server,
      changedFields: ['Location'],
      changeId: fresh?.changeId,
    });
  });

  it('refuses a write that expects the discarded change, even at the same revision', async () => {
    const { db } = await localDb();
    await db.writeBatch({ puts: [{ typeId: 'Account', records: [serverAccount('A-1')] }] });
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Acme 2' } });
    const read = await db.pendingChange('Account', 'A-1');
    await db.applyLocal({ pending: { delete: [{ typeId: 'Account', recordId: 'A-1' }] } });
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Acme 3' } });
    const expected = { typeId: 'Account', recordId: 'A-1', revision: 1, changeId: read?.changeId };
    expect(await db.applyLocal({ expect: [expected], pending: { delete: [expected] } })).toBe(false);
    expect(await db.pendingChange('Account', 'A-1')).toMatchObject({ revision: 1, changedFields: ['Name'] });
  });

  it('forgets what was being sent once the answer is taken, keeping a field the user set back', async () => {
    const { db } = await localDb();
    await db.writeBatch({ puts: [{ typeId: 'Account', records: [serverAccount('A-1')] }] });
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Acme 2' } });
    await db.markSending([{ typeId: 'Account', recordId: 'A-1', values: { Name: 'Acme 2' } }]);
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Name A-1' } });
    const server = { ...serverAccount('A-1', 'Acme 2'), Updated: '06/01/2024 12:00:00' };
    await db.acknowledgeUpload({
      typeId: 'Account',
      recordId: 'A-1',
      revision: 1,
      serverRecord: server,
      sentFields: ['Name'],
    });
    expect(await db.get('Account', 'A-1')).toEqual({ ...server, Name: 'Name A-1' });
    const pending = await db.pendingChange('Account', 'A-1');
    expect(pending).toMatchObject({ operation: 'update', base: server, changedFields: ['Name'] });
    expect(pending).not.toHaveProperty('sending');
  });

  it('drops an acknowledged delete and its issue', async () => {
    const { db } = await localDb();
    await db.writeBatch({ puts: [{ typeId: 'Contact', records: [serverContact('C-1', 'A-1')] }] });
    await db.saveLocalChange({ operation: 'delete', typeId: 'Contact', id: 'C-1' });
    await db.applyLocal({
      issues: {
        put: [
          {
            id: 'Contact:C-1',
            typeId: 'Contact',
            recordId: 'C-1',
            kind: 'failure',
            operation: 'delete',
            message: 'm',
            createdAt: 1,
            updatedAt: 1,
          },
        ],
      },
    });
    await db.acknowledgeUpload({ typeId: 'Contact', recordId: 'C-1', revision: 1, serverRecord: null });
    expect(await db.countPendingChanges()).toBe(0);
    expect(await db.countIssues()).toBe(0);
    expect(await db.get('Contact', 'C-1')).toBeUndefined();
  });

  it('turns a new record deleted locally while it was being sent into a pending delete of the server record', async () => {
    const { db } = await localDb();
    const account = String(
      (await db.saveLocalChange({ operation: 'insert', typeId: 'Account', values: { Name: 'Acme' } }))?.Id,
    );
    await db.saveLocalChange({ operation: 'delete', typeId: 'Account', id: account });
    await db.acknowledgeUpload({
      typeId: 'Account',
      recordId: account,
      revision: 1,
      serverRecord: answered('A-9', { Name: 'Acme' }),
    });
    expect(await db.get('Account', 'A-9')).toBeUndefined();
    expect(await db.listPendingChanges()).toEqual([
      expect.objectContaining({ recordId: 'A-9', operation: 'delete', base: answered('A-9', { Name: 'Acme' }) }),
    ]);
  });

  it('refuses an answer without a record for a sent update and keeps the change pending', async () => {
    const { db } = await localDb();
    await db.writeBatch({ puts: [{ typeId: 'Account', records: [serverAccount('A-1')] }] });
    await db.saveLocalChange({ operation: 'update', typeId: 'Account', id: 'A-1', values: { Name: 'Acme 2' } });
    await expect(
      db.acknowledgeUpload({ typeId: 'Account', recordId: 'A-1', revision: 1, serverRecord: null }),
    ).rejects.toThrow(/has no record, but the update sent needs one — the change stays pending/);
    expect(await db.pendingChange('Account', 'A-1')).toMatchObject({ operation: 'update' });
  });

  it('refuses a server record without its primary key and changes nothing', async () => {
    const { db } = await localDb();
    const { account } = await newAccountWithContact(db);
    const before = await db.checksum();
    await expect(
      db.acknowledgeUpload({ typeId: 'Account', recordId: account, revision: 1, serverRecord: { Name: 'Acme' } }),
    ).rejects.toThrow(StoreError);
    expect(await db.checksum()).toBe(before);
  });
});
