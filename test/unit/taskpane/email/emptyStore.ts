import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openStore, type Store } from '../../../../src/store';

/** A store before the first initial synchronization: no active database. */
export async function emptyStore(): Promise<{ store: Store }> {
  return { store: await openStore({ indexedDB: new IDBFactory(), IDBKeyRange, namePrefix: 'empty-' }) };
}
