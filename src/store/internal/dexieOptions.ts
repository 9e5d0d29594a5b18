import type { DexieOptions } from 'dexie';

/** Dexie options from the store options: an explicit IndexedDB (tests) or, when absent, the browser's. */
export function dexieOptionsOf(options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }): DexieOptions {
  return {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  };
}
