import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { openStore, type Store, type StoreOptions } from '../../../../src/store';

let counter = 0;

/**
 * A store over a fresh in-memory IndexedDB (one factory per test, so nothing leaks between tests)
 * with a unique name prefix; `raw(name)` opens a database behind the store's back.
 */
export async function openTestStore(options: Partial<StoreOptions> = {}) {
  const indexedDB = new IDBFactory();
  const namePrefix = `t${++counter}-`;
  const base = { indexedDB, IDBKeyRange, namePrefix, ...options };
  const store: Store = await openStore(base);
  return {
    store,
    namePrefix,
    indexedDB,
    reopen: () => openStore(base),
    /** Database names present in IndexedDB right now. */
    existing: async () => (await indexedDB.databases()).map((d) => d.name ?? '').sort(),
    /** Opens an existing database in Dexie's dynamic mode (schema read from the database). */
    raw: async (name: string) => {
      const dexie = new Dexie(name, { indexedDB, IDBKeyRange });
      await dexie.open();
      return dexie;
    },
  };
}
