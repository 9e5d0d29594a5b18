import { Dexie, type DexieOptions } from 'dexie';
import type { DirectoryDb } from '../../directoryDb';
import { isLocalId } from '../../isLocalId';
import type { DatabaseEntry, Identity, SharedItem } from '../../types';
import { requireEntry } from '../databaseDirectory';
import { declareDataSchema } from '../declareDataSchema';
import { SHARES } from './localTables';

/**
 * Copies the shared Outlook items of the active database(s) of the same identity into the staging
 * database `name` before it becomes active, so an item shared before a full resynchronization
 * still shows as shared and is not shared twice. Shares of activities never sent (local ids) are
 * left behind: those activities do not exist on the server. A share the new database already has wins.
 */
export async function carrySharesOver(dir: DirectoryDb, name: string, options: DexieOptions): Promise<void> {
  const target = await requireEntry(dir, name, 'Activating the local database');
  if (target.state !== 'staging') return;
  const previous = (await dir.databases.where('state').equals('active').toArray()).filter((e) =>
    sameIdentity(e.identity, target.identity),
  );
  const shares: SharedItem[] = [];
  for (const entry of previous) {
    shares.push(...(await withDatabase(entry, options, (dexie) => dexie.table<SharedItem, string>(SHARES).toArray())));
  }
  const sent = shares.filter((share) => !isLocalId(share.recordId));
  if (sent.length === 0) return;
  await withDatabase(target, options, (dexie) =>
    dexie.transaction('rw', SHARES, async () => {
      const table = dexie.table<SharedItem, string>(SHARES);
      const existing = new Set(await table.toCollection().primaryKeys());
      await table.bulkPut(sent.filter((share) => !existing.has(share.itemKey)));
    }),
  );
}

function sameIdentity(a: Identity, b: Identity): boolean {
  return a.userName === b.userName && a.serverUrl === b.serverUrl;
}

/** A short-lived connection of our own: the store's handles of these databases may be closed. */
async function withDatabase<T>(
  entry: DatabaseEntry,
  options: DexieOptions,
  use: (dexie: Dexie) => Promise<T>,
): Promise<T> {
  const dexie = new Dexie(entry.name, options);
  declareDataSchema(dexie, entry.layout);
  try {
    await dexie.open();
    return await use(dexie);
  } finally {
    dexie.close();
  }
}
