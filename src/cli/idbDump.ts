/**
 * Dumps whole IndexedDB databases to plain data and back, so the command-line tool can keep
 * fake-indexeddb's in-memory databases in files between runs. Generic: stores, key paths,
 * indexes and records are copied as they are, whatever the store layer put there.
 */

/** One object store of a dump. */
export interface StoreDump {
  readonly name: string;
  readonly keyPath: string | string[] | null;
  readonly autoIncrement: boolean;
  readonly indexes: ReadonlyArray<{ name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }>;
  /** `[key, value]` pairs; keys are kept for stores without a key path. */
  readonly records: ReadonlyArray<readonly [IDBValidKey, unknown]>;
}

/** One database of a dump. */
export interface DatabaseDump {
  readonly name: string;
  readonly version: number;
  readonly stores: readonly StoreDump[];
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** Every database the factory knows, dumped. */
export async function dumpAll(factory: IDBFactory): Promise<DatabaseDump[]> {
  const infos = await factory.databases();
  const dumps: DatabaseDump[] = [];
  for (const info of infos) if (info.name) dumps.push(await dumpDatabase(factory, info.name));
  return dumps;
}

async function dumpDatabase(factory: IDBFactory, name: string): Promise<DatabaseDump> {
  const db = await request(factory.open(name));
  try {
    const names = [...db.objectStoreNames];
    if (names.length === 0) return { name, version: db.version, stores: [] };
    const tx = db.transaction(names, 'readonly');
    const stores = await Promise.all(names.map((storeName) => dumpStore(tx.objectStore(storeName))));
    await done(tx);
    return { name, version: db.version, stores };
  } finally {
    db.close();
  }
}

async function dumpStore(store: IDBObjectStore): Promise<StoreDump> {
  const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
  const indexes = [...store.indexNames].map((indexName) => {
    const index = store.index(indexName);
    return { name: index.name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
  });
  return {
    name: store.name,
    keyPath: store.keyPath,
    autoIncrement: store.autoIncrement,
    indexes,
    records: keys.map((key, i) => [key, values[i]] as const),
  };
}

/** Recreates a dumped database (replacing one of the same name). */
export async function restoreDatabase(factory: IDBFactory, dump: DatabaseDump): Promise<void> {
  await request(factory.deleteDatabase(dump.name));
  const open = factory.open(dump.name, dump.version);
  open.onupgradeneeded = () => {
    const db = open.result;
    for (const store of dump.stores) {
      const created = db.createObjectStore(store.name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement });
      for (const index of store.indexes)
        created.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
    }
  };
  const db = await request(open);
  try {
    if (dump.stores.length === 0) return;
    const tx = db.transaction(
      dump.stores.map((s) => s.name),
      'readwrite',
    );
    for (const store of dump.stores) {
      const target = tx.objectStore(store.name);
      for (const [key, value] of store.records) {
        if (store.keyPath === null) target.put(value, key);
        else target.put(value);
      }
    }
    await done(tx);
  } finally {
    db.close();
  }
}
