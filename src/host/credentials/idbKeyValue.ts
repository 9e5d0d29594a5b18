import { HostError } from '../errors/HostError';

/** A tiny key-value table in its own IndexedDB database (values keep their structured clone). */
export interface KeyValueTable {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

const TABLE = 'values';

function failure(what: string, name: string, error: DOMException | null): HostError {
  return new HostError(
    `The browser could not ${what} in "${name}": ${error?.message ?? 'no detail'} — check that this site may use storage`,
    { cause: error },
  );
}

/**
 * Opens (creating it) IndexedDB database `name` with one object store. Raw IndexedDB instead of
 * the store layer: the host imports no other layer, and a CryptoKey must be kept as a structured
 * clone (JSON would need an extractable key).
 */
export function idbKeyValue(name: string, factory: IDBFactory = indexedDB): KeyValueTable {
  let opened: Promise<IDBDatabase> | null = null;
  const open = () =>
    (opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(TABLE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => {
        opened = null;
        reject(failure('open the database', name, req.error));
      };
    }));
  const run = async <T>(
    what: string,
    mode: IDBTransactionMode,
    start: (store: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T> => {
    const db = await open();
    return new Promise<T>((resolve, reject) => {
      const req = start(db.transaction(TABLE, mode).objectStore(TABLE));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(failure(what, name, req.error));
    });
  };
  return {
    get: (key) => run('read a value', 'readonly', (store) => store.get(key)),
    set: async (key, value) => void (await run('write a value', 'readwrite', (store) => store.put(value, key))),
    delete: async (key) => void (await run('delete a value', 'readwrite', (store) => store.delete(key))),
  };
}
