import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { schemaFromLayout, type Store } from '../../../src/store';
import { LOCAL_CHANGE_TABLES, REMAP_TABLE, SHARE_ALIASES_TABLE } from '../../../src/store/internal/declareDataSchema';
import { databaseAtOlderVersion } from './support/olderVersion';

const stores: Store[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

describe('the search index of a database from before it (database version 6)', () => {
  it('is built from the records already stored, and unsent changes stay pending', async () => {
    const old = await databaseAtOlderVersion(
      (v5, layout) => {
        v5.version(1).stores(schemaFromLayout(layout));
        v5.version(2).stores(LOCAL_CHANGE_TABLES);
        v5.version(3).stores(REMAP_TABLE);
        v5.version(4).stores(SHARE_ALIASES_TABLE);
        v5.version(5).stores({});
      },
      async (v5, { packageRow, stateRow }) => {
        await v5.table('_package').put(packageRow);
        await v5.table('_syncState').put({ ...stateRow, initialSyncComplete: true });
        // More records than one step of the upgrade reads, so it must page through them.
        const accounts = Array.from({ length: 2_500 }, (_, i) => ({
          Id: `A-${String(i).padStart(4, '0')}`,
          Name: i === 2_400 ? 'Zenith Labs' : `Company ${i}`,
          Location: 'Paris',
        }));
        await v5.table('Account').bulkPut(accounts);
        await v5.table('Contact').put({ Id: 'C-1', FirstName: 'Ann', LastName: 'Zenith' });
        await v5.table('_outbox').put({
          typeId: 'Contact',
          recordId: 'C-1',
          operation: 'update',
          changedFields: ['LastName'],
          base: { Id: 'C-1', FirstName: 'Ann', LastName: 'Smith' },
          state: 'ready',
          revision: 1,
          attempts: 0,
          createdAt: 1,
          updatedAt: 1,
        });
      },
    );
    const store = await old.reopen();
    stores.push(store);
    const db = await store.openDatabase(old.name);

    const result = await db.searchEverything({ text: 'zenith' });
    // The contact's last name is the whole query, the account's name only starts with it.
    expect(result.groups.map((g) => g.hits.map((h) => `${g.typeId}:${h.id}`))).toEqual([
      ['Contact:C-1'],
      ['Account:A-2400'],
    ]);
    expect((await db.searchEverything({ text: 'company 2499' })).groups[0].hits[0].id).toBe('A-2499');
    expect(await db.listPendingChanges()).toEqual([
      expect.objectContaining({ typeId: 'Contact', recordId: 'C-1', operation: 'update', changedFields: ['LastName'] }),
    ]);
    expect(await db.count('Account')).toBe(2_500);
  });
});
