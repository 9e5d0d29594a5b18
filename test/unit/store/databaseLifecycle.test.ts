import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError, type Store } from '../../../src/store';
import { ManualClock } from '../../support/ManualClock';
import { installed, JSMITH, samplePackage } from './support/packages';
import { openTestStore } from './support/testStore';

const account = (id: string, name: string) => ({
  Id: id,
  Name: name,
  Location: 'Berlin',
  Updated: '01/01/2024 00:00:00',
});

const stores: Store[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

async function setup() {
  const env = await openTestStore();
  stores.push(env.store);
  return env;
}

describe('store database lifecycle', () => {
  it('has no active database before the first activation', async () => {
    const { store } = await setup();
    expect(await store.activeDatabase()).toBeNull();
  });

  it('creates a staging database with its package and an initial sync state, invisible as active', async () => {
    const { store, namePrefix } = await setup();
    const db = await store.createStagingDatabase(installed(), JSMITH);
    expect(db.name.startsWith(`${namePrefix}crm-desktop-data-`)).toBe(true);
    expect(await store.activeDatabase()).toBeNull();
    expect((await store.listStagingDatabases()).map((e) => e.name)).toEqual([db.name]);
    expect((await db.installedPackage()).packageId).toBe('PKG-1');
    expect(await db.syncState()).toEqual({
      identity: JSMITH,
      initialSyncComplete: false,
      watermarks: {},
      typeSyncedAt: {},
    });
  });

  it('names a new database from the injected random id and stamps it with the injected clock', async () => {
    const clock = new ManualClock(Date.UTC(2024, 4, 1));
    const env = await openTestStore({ clock, randomId: () => 'abc123' });
    stores.push(env.store);
    const db = await env.store.createStagingDatabase(installed(), JSMITH);
    expect(db.name).toBe(`${env.namePrefix}crm-desktop-data-abc123`);
    expect((await env.store.listStagingDatabases())[0].createdAt).toBe(Date.UTC(2024, 4, 1));
  });

  it('keeps the old database readable until the flip, then deletes it', async () => {
    const { store, existing } = await setup();
    const first = await store.createStagingDatabase(installed(), JSMITH);
    await first.writeBatch({ puts: [{ typeId: 'Account', records: [account('A-1', 'Old Co')] }] });
    await store.activateDatabase(first.name);

    const second = await store.createStagingDatabase(
      installed(samplePackage({ schemaFingerprint: 'schema-v2' }), 'PKG-2'),
      JSMITH,
    );
    await second.writeBatch({ puts: [{ typeId: 'Account', records: [account('A-2', 'New Co')] }] });
    const activeBefore = await store.activeDatabase();
    expect(activeBefore?.name).toBe(first.name);
    expect(await activeBefore?.get('Account', 'A-1')).toMatchObject({ Name: 'Old Co' });

    await store.activateDatabase(second.name);

    const activeAfter = await store.activeDatabase();
    expect(activeAfter?.name).toBe(second.name);
    expect(await activeAfter?.count('Account')).toBe(1);
    expect(await existing()).not.toContain(first.name);
    expect((await store.listDatabases()).map((e) => [e.name, e.state])).toEqual([[second.name, 'active']]);
    // The handle given out for the retired database was closed, so it cannot read stale data.
    await expect(first.count('Account')).rejects.toBeInstanceOf(StoreError);
  });

  it('keeps the old database active when a staging database is discarded', async () => {
    const { store, existing } = await setup();
    const first = await store.createStagingDatabase(installed(), JSMITH);
    await first.writeBatch({ puts: [{ typeId: 'Account', records: [account('A-1', 'Kept')] }] });
    await store.activateDatabase(first.name);
    const staging = await store.createStagingDatabase(installed(), JSMITH);

    await store.discardDatabase(staging.name);

    expect(await existing()).not.toContain(staging.name);
    expect(await store.listStagingDatabases()).toEqual([]);
    const active = await store.activeDatabase();
    expect(await active?.get('Account', 'A-1')).toMatchObject({ Name: 'Kept' });
  });

  it('refuses to discard the active database', async () => {
    const { store } = await setup();
    const db = await store.createStagingDatabase(installed(), JSMITH);
    await store.activateDatabase(db.name);
    await expect(store.discardDatabase(db.name)).rejects.toThrow(/is the active database/);
    expect((await store.activeDatabase())?.name).toBe(db.name);
  });

  it('refuses to activate a database it does not know', async () => {
    const { store } = await setup();
    await expect(store.activateDatabase('nope')).rejects.toThrow(StoreError);
  });

  it('lists a staging database left by a crash after reopening, with its checkpoint', async () => {
    const { store, reopen } = await setup();
    const staging = await store.createStagingDatabase(installed(), JSMITH);
    await staging.writeBatch({
      checkpoints: [{ typeId: 'Account', phase: 'records', startRowNum: 200, querySignature: 'q1', done: false }],
    });
    store.close();

    const again = await reopen();
    stores.push(again);
    const [entry] = await again.listStagingDatabases();
    expect(entry).toMatchObject({
      name: staging.name,
      state: 'staging',
      identity: JSMITH,
      schemaFingerprint: 'schema-v1',
    });
    const resumed = await again.openDatabase(entry.name, samplePackage());
    expect(await resumed.checkpoint('Account')).toMatchObject({ startRowNum: 200, done: false });
  });

  it('refuses to open a database for a package with another schema', async () => {
    const { store } = await setup();
    const db = await store.createStagingDatabase(installed(), JSMITH);
    await expect(store.openDatabase(db.name, samplePackage({ schemaFingerprint: 'other' }))).rejects.toThrow(
      /another data schema/,
    );
  });

  it('deletes a retired database whose deletion failed earlier when the store is opened again', async () => {
    const { store, reopen, raw, namePrefix, existing } = await setup();
    const db = await store.createStagingDatabase(installed(), JSMITH);
    db.close();
    store.close();
    // Simulate a crash between the flip and the delete: the entry is retired, the database still there.
    const directory = await raw(`${namePrefix}crm-desktop`);
    await directory.table('databases').update(db.name, { state: 'retired' });
    directory.close();
    expect(await existing()).toContain(db.name);

    const again = await reopen();
    stores.push(again);
    expect(await existing()).not.toContain(db.name);
    expect(await again.listDatabases()).toEqual([]);
  });

  it('stores small add-in settings in the directory', async () => {
    const { store } = await setup();
    await store.setSetting('rememberedPassword', { iv: 'x', data: 'y' });
    expect(await store.getSetting('rememberedPassword')).toEqual({ iv: 'x', data: 'y' });
    await store.deleteSetting('rememberedPassword');
    expect(await store.getSetting('rememberedPassword')).toBeUndefined();
  });
});
