import { Dexie } from 'dexie';
import { vi } from 'vitest';
import type { DataDatabase, LocalIssue, Store } from '../../../../src/store';
import { ManualClock } from '../../../support/ManualClock';
import { installed, JSMITH } from './packages';
import { openTestStore } from './testStore';

/** Stores opened by a test file; close them in `afterEach`. */
export const openedStores: Store[] = [];

/** A staging database of the sample package (Account, Contact → Account) on a manual clock. */
export async function localDb(): Promise<{ db: DataDatabase; clock: ManualClock; store: Store }> {
  const clock = new ManualClock(Date.UTC(2024, 5, 1));
  const { store } = await openTestStore({ clock });
  openedStores.push(store);
  return { db: await store.createStagingDatabase(installed(), JSMITH), clock, store };
}

export const serverAccount = (id: string, name = `Name ${id}`) => ({
  Id: id,
  Name: name,
  Location: 'Paris',
  Updated: '02/01/2024 10:00:00',
});
export const serverContact = (id: string, accountId: string) => ({
  Id: id,
  FirstName: 'Ann',
  LastName: id,
  AccountId: accountId,
  Updated: '02/01/2024 10:00:00',
});

/**
 * Makes Dexie's `method` (e.g. `put`, `bulkPut`) reject with `error` on table `table`. Dexie's
 * Table.prototype is shared by every database, so the spy reaches the tables inside the store.
 */
export function failTableMethod(method: 'put' | 'bulkPut' | 'delete', table: string, error: Error): void {
  const probe = new Dexie('probe');
  probe.version(1).stores({ t: 'id' });
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(probe.table('t'))) as Record<
    string,
    (...args: unknown[]) => unknown
  >;
  const original = proto[method];
  vi.spyOn(proto, method).mockImplementation(function (this: { name: string }, ...args: unknown[]) {
    if (this.name === table) return Promise.reject(error);
    return original.apply(this, args);
  });
}

/** A failure issue of a never-sent record, as the upload opens one. */
export const failureIssue = (typeId: string, recordId: string, createdAt = 1): LocalIssue => ({
  id: `${typeId}:${recordId}`,
  typeId,
  recordId,
  kind: 'failure',
  operation: 'insert',
  message: 'Siebel refused it',
  createdAt,
  updatedAt: createdAt,
});
