import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePackage } from '../../../src/metadata';
import { deriveLayout, schemaFromLayout, type DatabaseEntry, type Store, type StoreLayout } from '../../../src/store';
import { loadPackageFolder } from '../metadata/support/loadPackageFolder';
import { installed, JSMITH, samplePackage } from './support/packages';
import { openTestStore } from './support/testStore';

const stores: Store[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

/** The layout as databases stored it before issue #9: no `references`. */
function withoutReferences(layout: StoreLayout): StoreLayout {
  return { types: layout.types.map(({ references: _dropped, ...type }) => type) } as unknown as StoreLayout;
}

/**
 * Rebuilds database `name` as the pre-#9 code left it: Dexie version 1 with only the package
 * tables and `_package`/`_syncState`/`_checkpoints`, some records, and a directory entry whose
 * layout has no `references`.
 */
async function makeVersion1(env: Awaited<ReturnType<typeof openTestStore>>, name: string, layout: StoreLayout) {
  const options = { indexedDB: env.indexedDB, IDBKeyRange };
  const current = new Dexie(name, options);
  await current.open();
  const packageRow = await current.table('_package').get('package');
  const stateRow = await current.table('_syncState').get('state');
  await current.delete();
  const v1 = new Dexie(name, options);
  v1.version(1).stores(schemaFromLayout(layout));
  await v1.open();
  await v1.table('_package').put(packageRow);
  await v1.table('_syncState').put(stateRow);
  await v1.table('Account').bulkPut([{ Id: 'A-1', Name: 'Old Co', Location: 'Berlin' }]);
  await v1.table('Contact').bulkPut([{ Id: 'C-1', LastName: 'Doe', AccountId: 'A-1' }]);
  expect(v1.verno).toBe(1);
  v1.close();
  const dir = new Dexie(`${env.namePrefix}crm-desktop`, options);
  await dir.open();
  await dir.table<DatabaseEntry, string>('databases').update(name, { layout: withoutReferences(layout) });
  dir.close();
}

describe('upgrading a data database created before local changes', () => {
  it('keeps its records, adds the local-change tables and derives reference fields from the installed package', async () => {
    const pkg = await parsePackage(loadPackageFolder('valid/sales-rep'));
    const env = await openTestStore();
    const staging = await env.store.createStagingDatabase(installed(pkg), JSMITH);
    env.store.close();
    await makeVersion1(env, staging.name, deriveLayout(pkg));

    const store = await env.reopen();
    stores.push(store);
    const db = await store.openDatabase(staging.name);
    expect(await db.get('Account', 'A-1')).toMatchObject({ Name: 'Old Co' });
    expect(await db.count('Contact')).toBe(1);
    expect(db.layout.types.find((t) => t.typeId === 'Action')?.references).toEqual([
      { field: 'AccountId', typeId: 'Account' },
      { field: 'OpportunityId', typeId: 'Opportunity' },
      { field: 'PrimaryContactId', typeId: 'Contact' },
    ]);
    expect((await store.listDatabases()).find((e) => e.name === db.name)?.layout).toEqual(deriveLayout(pkg));

    const account = String(
      (await db.saveLocalChange({ operation: 'insert', typeId: 'Account', values: { Name: 'New Co' } }))?.Id,
    );
    await db.saveLocalChange({ operation: 'update', typeId: 'Contact', id: 'C-1', values: { AccountId: account } });
    await db.applyLocal({
      remaps: [{ typeId: 'Account', from: account, to: 'A-2' }],
      shares: { put: [{ itemKey: 'm', typeId: 'Action', recordId: 'X-1', sharedAt: 1 }] },
    });
    expect(await db.get('Contact', 'C-1')).toMatchObject({ AccountId: 'A-2' });
    expect(await db.countPendingChanges()).toBe(2);
    expect(await db.sharedItem('m')).toMatchObject({ recordId: 'X-1' });
    expect(await db.currentId('Account', account)).toBe('A-2');
    const raw = await env.raw(db.name);
    // Version 2 added the outbox, issues and shares; version 3 the remap trail; version 4 share
    // aliases; version 5 the last sync start as a client time; version 6 the search index.
    expect(raw.verno).toBe(6);
    raw.close();
  });

  it('opens with no reference fields when the installed package cannot be parsed', async () => {
    const env = await openTestStore();
    const staging = await env.store.createStagingDatabase(installed(), JSMITH);
    const layout = staging.layout;
    env.store.close();
    await makeVersion1(env, staging.name, layout);

    const store = await env.reopen();
    stores.push(store);
    const db = await store.openDatabase(staging.name);
    expect(db.layout.types.map((t) => t.references)).toEqual([[], []]);
    expect(await db.get('Account', 'A-1')).toMatchObject({ Name: 'Old Co' });
  });
});

describe('Store.activateDatabase and shared Outlook items', () => {
  async function activeWithShares() {
    const env = await openTestStore();
    stores.push(env.store);
    const first = await env.store.createStagingDatabase(installed(), JSMITH);
    await env.store.activateDatabase(first.name);
    await first.applyLocal({
      shares: {
        put: [
          { itemKey: 'msg-sent', typeId: 'Account', recordId: 'A-1', sharedAt: 1 },
          { itemKey: 'msg-unsent', typeId: 'Account', recordId: 'local-00112233aabbccdd', sharedAt: 2 },
          { itemKey: 'msg-both', typeId: 'Account', recordId: 'A-old', sharedAt: 3 },
        ],
      },
    });
    return env;
  }

  it("moves shares of sent activities to the new database of the same identity, keeping the new one's own", async () => {
    const { store } = await activeWithShares();
    const second = await store.createStagingDatabase(
      installed(samplePackage({ schemaFingerprint: 'schema-v2' }), 'PKG-2'),
      JSMITH,
    );
    await second.applyLocal({
      shares: { put: [{ itemKey: 'msg-both', typeId: 'Account', recordId: 'A-new', sharedAt: 4 }] },
    });
    await store.activateDatabase(second.name);

    const active = await store.activeDatabase();
    expect(active?.name).toBe(second.name);
    expect(await active?.sharedItem('msg-sent')).toEqual({
      itemKey: 'msg-sent',
      typeId: 'Account',
      recordId: 'A-1',
      sharedAt: 1,
    });
    expect(await active?.sharedItem('msg-unsent')).toBeUndefined();
    expect(await active?.sharedItem('msg-both')).toMatchObject({ recordId: 'A-new' });
  });

  it('does not move shares to the database of another user', async () => {
    const { store } = await activeWithShares();
    const other = await store.createStagingDatabase(installed(), { ...JSMITH, userName: 'MJONES' });
    await store.activateDatabase(other.name);
    expect(await (await store.activeDatabase())?.sharedItem('msg-sent')).toBeUndefined();
  });
});
