import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageFullError, StoreError, type DataDatabase, type Store } from '../../../src/store';
import { installed, JSMITH } from './support/packages';
import { openTestStore } from './support/testStore';

const stores: Store[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

async function stagingDb(): Promise<DataDatabase> {
  const { store } = await openTestStore();
  stores.push(store);
  return store.createStagingDatabase(installed(), JSMITH);
}

const account = (id: string, name = `Name ${id}`) => ({
  Id: id,
  Name: name,
  Location: 'Paris',
  Updated: '02/01/2024 10:00:00',
});
const contact = (id: string, accountId: string) => ({ Id: id, FirstName: 'Ann', LastName: id, AccountId: accountId });
const checkpoint = (startRowNum: number) => ({
  typeId: 'Account',
  phase: 'records',
  startRowNum,
  querySignature: 'q',
  done: false,
});

/**
 * Dexie's Table.prototype, shared by every database (each database derives its own table class
 * from it), so spying on it reaches the tables inside the store.
 */
function tablePrototype() {
  const probe = new Dexie('probe');
  probe.version(1).stores({ t: 'id' });
  return Object.getPrototypeOf(Object.getPrototypeOf(probe.table('t'))) as { bulkPut: (...args: unknown[]) => unknown };
}

function failBulkPutOn(table: string, error: Error) {
  const proto = tablePrototype();
  const original = proto.bulkPut;
  vi.spyOn(proto, 'bulkPut').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
    if (this.name === table) return Promise.reject(error);
    return original.apply(this, args);
  });
}

describe('DataDatabase.writeBatch', () => {
  it('upserts records of several types, deletes ids and saves checkpoints and sync state together', async () => {
    const db = await stagingDb();
    await db.writeBatch({ puts: [{ typeId: 'Account', records: [account('A-1'), account('A-2'), account('A-3')] }] });
    await db.writeBatch({
      puts: [
        { typeId: 'Account', records: [account('A-1', 'Renamed')] },
        { typeId: 'Contact', records: [contact('C-1', 'A-1')] },
      ],
      deletes: [{ typeId: 'Account', ids: ['A-3'] }],
      checkpoints: [checkpoint(100)],
      syncState: { watermarks: { Account: '02/01/2024 10:00:00' } },
    });
    expect(await db.primaryKeys('Account')).toEqual(['A-1', 'A-2']);
    expect(await db.get('Account', 'A-1')).toMatchObject({ Name: 'Renamed' });
    expect(await db.count('Contact')).toBe(1);
    expect(await db.checkpoint('Account')).toMatchObject({ startRowNum: 100 });
    expect((await db.syncState()).watermarks).toEqual({ Account: '02/01/2024 10:00:00' });
  });

  it('merges watermarks per type and keeps the identity when the sync state is patched', async () => {
    const db = await stagingDb();
    await db.writeBatch({ syncState: { watermarks: { Account: 't1' }, typeSyncedAt: { Account: 5 } } });
    await db.writeBatch({
      syncState: { watermarks: { Contact: 't2' }, initialSyncComplete: true, lastSuccessfulSyncStartedAt: 1000 },
    });
    expect(await db.syncState()).toEqual({
      identity: JSMITH,
      initialSyncComplete: true,
      lastSuccessfulSyncStartedAt: 1000,
      watermarks: { Account: 't1', Contact: 't2' },
      typeSyncedAt: { Account: 5 },
    });
  });

  it('keeps nothing of a batch when one record is invalid, checkpoint and sync state included', async () => {
    const db = await stagingDb();
    await db.writeBatch({ puts: [{ typeId: 'Account', records: [account('A-1')] }], checkpoints: [checkpoint(0)] });
    const before = await db.checksum();
    const invalid = { Name: 'no primary key' };
    await expect(
      db.writeBatch({
        puts: [
          { typeId: 'Account', records: [account('A-2')] },
          { typeId: 'Contact', records: [contact('C-1', 'A-2'), invalid] },
        ],
        deletes: [{ typeId: 'Account', ids: ['A-1'] }],
        checkpoints: [checkpoint(100)],
        syncState: { initialSyncComplete: true },
      }),
    ).rejects.toBeInstanceOf(StoreError);
    expect(await db.checksum()).toBe(before);
    expect(await db.primaryKeys('Account')).toEqual(['A-1']);
    expect(await db.checkpoint('Account')).toMatchObject({ startRowNum: 0 });
    expect((await db.syncState()).initialSyncComplete).toBe(false);
  });

  it('rolls back the earlier puts and the checkpoint when a later bulkPut fails', async () => {
    const db = await stagingDb();
    const before = await db.checksum();
    const failure = new Error('disk went away');
    failBulkPutOn('Contact', failure);
    const error = await db
      .writeBatch({
        puts: [
          { typeId: 'Account', records: [account('A-1')] },
          { typeId: 'Contact', records: [contact('C-1', 'A-1')] },
        ],
        checkpoints: [checkpoint(50)],
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).cause).toBe(failure);
    vi.restoreAllMocks();
    expect(await db.count('Account')).toBe(0);
    expect(await db.checkpoint('Account')).toBeUndefined();
    expect(await db.checksum()).toBe(before);
  });

  it('reports a full storage as StorageFullError and keeps the data synchronized so far', async () => {
    const db = await stagingDb();
    await db.writeBatch({ puts: [{ typeId: 'Account', records: [account('A-1')] }] });
    const before = await db.checksum();
    failBulkPutOn('Account', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const error = await db
      .writeBatch({ puts: [{ typeId: 'Account', records: [account('A-2')] }], checkpoints: [checkpoint(1)] })
      .catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as StorageFullError).code).toBe('StorageFull');
    expect((error as StorageFullError).message).toMatch(
      /storage is full — free disk space .* Your data synchronized so far is kept\./,
    );
    expect(await db.checksum()).toBe(before);
  });

  it('rejects an unknown type before writing anything', async () => {
    const db = await stagingDb();
    await expect(
      db.writeBatch({
        puts: [
          { typeId: 'Account', records: [account('A-1')] },
          { typeId: 'Lead', records: [{ Id: 'L-1' }] },
        ],
      }),
    ).rejects.toThrow(/type "Lead" is not synchronized/);
    expect(await db.count('Account')).toBe(0);
  });
});

describe('DataDatabase.checksum', () => {
  it('is the same for equal content written in a different order and changes with any field', async () => {
    const a = await stagingDb();
    const b = await stagingDb();
    await a.writeBatch({ puts: [{ typeId: 'Account', records: [account('A-1'), account('A-2')] }] });
    await b.writeBatch({
      puts: [
        {
          typeId: 'Account',
          records: [account('A-2'), { Updated: '02/01/2024 10:00:00', Location: 'Paris', Name: 'Name A-1', Id: 'A-1' }],
        },
      ],
    });
    expect(await a.checksum()).toBe(await b.checksum());
    expect(await a.checksum()).toBe(await a.checksum());

    await b.writeBatch({ puts: [{ typeId: 'Account', records: [account('A-1', 'Name A-1 ')] }] });
    expect(await b.checksum()).not.toBe(await a.checksum());
  });

  it('changes when only a checkpoint changes', async () => {
    const db = await stagingDb();
    const before = await db.checksum();
    await db.writeBatch({ checkpoints: [checkpoint(10)] });
    expect(await db.checksum()).not.toBe(before);
  });
});
