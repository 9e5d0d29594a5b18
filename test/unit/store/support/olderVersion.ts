import { Dexie } from 'dexie';
import type { DataDatabase, Store } from '../../../../src/store';
import { installed, JSMITH } from './packages';
import { openTestStore } from './testStore';

/**
 * A data database as an older version of the add-in left it: a staging database is created, its
 * package and sync state rows are kept, and the database is declared again by `declare` (the old
 * versions' `stores` calls) before `fill` writes the old rows. `reopen` then opens it with the
 * current code, which upgrades it.
 */
export async function databaseAtOlderVersion(
  declare: (dexie: Dexie, layout: DataDatabase['layout']) => void,
  fill: (dexie: Dexie, rows: { packageRow: unknown; stateRow: Record<string, unknown> }) => Promise<void>,
): Promise<{ name: string; reopen: () => Promise<Store> }> {
  const env = await openTestStore();
  const staging = await env.store.createStagingDatabase(installed(), JSMITH);
  env.store.close();
  const options = { indexedDB: env.indexedDB, IDBKeyRange };
  const current = new Dexie(staging.name, options);
  await current.open();
  const packageRow: unknown = await current.table('_package').get('package');
  const stateRow = (await current.table('_syncState').get('state')) as Record<string, unknown>;
  await current.delete();
  const old = new Dexie(staging.name, options);
  declare(old, staging.layout);
  await old.open();
  await fill(old, { packageRow, stateRow });
  old.close();
  return { name: staging.name, reopen: env.reopen };
}
