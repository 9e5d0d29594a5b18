import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { schemaFromLayout, type Store } from '../../../src/store';
import { LOCAL_CHANGE_TABLES, REMAP_TABLE } from '../../../src/store/internal/declareDataSchema';
import { databaseAtOlderVersion } from './support/olderVersion';
import { installed, JSMITH } from './support/packages';
import { openTestStore } from './support/testStore';

const stores: Store[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

describe('shares found by every key their Outlook item had (database version 4)', () => {
  it('upgrades a version 3 database: an old row keeps its key as share key and alias', async () => {
    // The database as version 3 left it, with a share keyed by an internet message id.
    const old = await databaseAtOlderVersion(
      (v3, layout) => {
        v3.version(1).stores(schemaFromLayout(layout));
        v3.version(2).stores(LOCAL_CHANGE_TABLES);
        v3.version(3).stores(REMAP_TABLE);
      },
      async (v3, { packageRow, stateRow }) => {
        await v3.table('_package').put(packageRow);
        await v3.table('_syncState').put(stateRow);
        await v3.table('_shares').put({ itemKey: '<old@test>', typeId: 'Account', recordId: 'A-1', sharedAt: 1 });
      },
    );

    const store = await old.reopen();
    stores.push(store);
    const db = await store.openDatabase(old.name);
    expect(await db.sharedItem('<old@test>')).toEqual({
      itemKey: '<old@test>',
      aliases: ['<old@test>'],
      typeId: 'Account',
      recordId: 'A-1',
      sharedAt: 1,
    });
  });

  it('finds a share by its key or by any alias, the first matching key winning', async () => {
    const env = await openTestStore();
    stores.push(env.store);
    const db = await env.store.createStagingDatabase(installed(), JSMITH);
    await db.applyLocal({
      shares: {
        put: [
          {
            itemKey: 'share-1',
            aliases: ['draft-id', 'sent-id', '<m1@test>'],
            typeId: 'Account',
            recordId: 'A-1',
            sharedAt: 1,
          },
          { itemKey: 'share-2', aliases: ['other-id'], typeId: 'Account', recordId: 'A-2', sharedAt: 2 },
        ],
      },
    });
    expect(await db.sharedItem('share-1')).toMatchObject({ recordId: 'A-1' });
    expect(await db.sharedItem(['moved-id', 'sent-id'])).toMatchObject({ recordId: 'A-1' });
    expect(await db.sharedItem(['', 'other-id', 'share-1'])).toMatchObject({ recordId: 'A-1' });
    expect(await db.sharedItem(['other-id', 'draft-id'])).toMatchObject({ recordId: 'A-2' });
    expect(await db.sharedItem(['nothing', ''])).toBeUndefined();
    expect(await db.sharedItem([])).toBeUndefined();
  });
});
