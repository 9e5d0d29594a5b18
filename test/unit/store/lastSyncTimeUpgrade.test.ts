import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { schemaFromLayout, type Store } from '../../../src/store';
import {
  LOCAL_CHANGE_TABLES,
  REMAP_TABLE,
  renameLastSyncTime,
  SHARE_ALIASES_TABLE,
} from '../../../src/store/internal/declareDataSchema';
import { searchIndexSchema } from '../../../src/store/search/searchTables';
import { databaseAtOlderVersion } from './support/olderVersion';

const stores: Store[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

describe('the last sync start kept as a client time (database version 5)', () => {
  it('upgrades a version 4 database: Siebel date text becomes epoch milliseconds under the new name', async () => {
    // The database as version 4 left it, with the start time as text under its old name.
    const old = await databaseAtOlderVersion(
      (v4, layout) => {
        v4.version(1).stores(schemaFromLayout(layout));
        v4.version(2).stores(LOCAL_CHANGE_TABLES);
        v4.version(3).stores(REMAP_TABLE);
        v4.version(4).stores(SHARE_ALIASES_TABLE);
      },
      async (v4, { packageRow, stateRow }) => {
        await v4.table('_package').put(packageRow);
        await v4.table('_syncState').put({
          ...stateRow,
          initialSyncComplete: true,
          lastSuccessfulSyncServerTime: '03/01/2026 09:30:15',
        });
      },
    );

    const store = await old.reopen();
    stores.push(store);
    const db = await store.openDatabase(old.name);
    const state = await db.syncState();
    expect(state.lastSuccessfulSyncStartedAt).toBe(Date.UTC(2026, 2, 1, 9, 30, 15));
    expect(state).not.toHaveProperty('lastSuccessfulSyncServerTime');
    expect(state.initialSyncComplete).toBe(true);
  });

  it('drops text that is no date instead of guessing, and leaves rows without the old field alone', () => {
    const damaged: Record<string, unknown> = { lastSuccessfulSyncServerTime: 'yesterday', watermarks: {} };
    renameLastSyncTime(damaged);
    expect(damaged).toEqual({ watermarks: {} });
    const current: Record<string, unknown> = { lastSuccessfulSyncStartedAt: 5, watermarks: {} };
    renameLastSyncTime(current);
    expect(current).toEqual({ lastSuccessfulSyncStartedAt: 5, watermarks: {} });
  });
});

describe('a database written by a newer add-in (a rollback)', () => {
  it('opens with this add-in’s tables, and its unsent changes stay pending', async () => {
    const newer = await databaseAtOlderVersion(
      (future, layout) => {
        future.version(1).stores(schemaFromLayout(layout));
        future.version(2).stores(LOCAL_CHANGE_TABLES);
        future.version(3).stores(REMAP_TABLE);
        future.version(4).stores(SHARE_ALIASES_TABLE);
        future.version(5).stores({});
        // Version 6 is this add-in's search index (issue 21); the newer add-in is one past it.
        future.version(6).stores(searchIndexSchema(layout));
        future.version(7).stores({ _future: 'id' });
      },
      async (future, { packageRow, stateRow }) => {
        await future.table('_package').put(packageRow);
        await future.table('_syncState').put({ ...stateRow, initialSyncComplete: true });
        await future.table('_outbox').put({
          typeId: 'Account',
          recordId: 'A-1',
          operation: 'delete',
          changedFields: [],
          base: null,
          state: 'ready',
          revision: 1,
          attempts: 0,
          createdAt: 1,
          updatedAt: 1,
        });
      },
    );
    const store = await newer.reopen();
    stores.push(store);
    // Dexie 4 opens a database at a higher version than declared (IndexedDB itself would refuse):
    // the older add-in works on the tables it knows and the newer one's table is left alone.
    const db = await store.openDatabase(newer.name);
    expect(await db.listPendingChanges()).toEqual([expect.objectContaining({ recordId: 'A-1', operation: 'delete' })]);
    expect((await db.syncState()).initialSyncComplete).toBe(true);
  });
});
