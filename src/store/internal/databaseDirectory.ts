import { Dexie, type DexieOptions } from 'dexie';
import { createLogger } from '../../shared';
import type { DirectoryDb } from '../directoryDb';
import { StoreError } from '../errors/StoreError';
import type { DatabaseEntry } from '../types';

const log = createLogger('store');

/** Looks up a directory entry, or throws a StoreError naming `what` failed. */
export async function requireEntry(dir: DirectoryDb, name: string, what: string): Promise<DatabaseEntry> {
  const entry = await dir.databases.get(name);
  if (!entry)
    throw new StoreError(`${what} failed: no local database is named "${name}" — list the databases again and retry`);
  return entry;
}

/** In one directory transaction: `name` becomes active, any other active database retired. */
export function flipToActive(dir: DirectoryDb, name: string): Promise<void> {
  return dir.transaction('rw', dir.databases, async () => {
    const entry = await requireEntry(dir, name, 'Activating the local database');
    if (entry.state === 'active') return;
    if (entry.state === 'retired') {
      throw new StoreError(
        `Activating the local database failed: "${name}" is retired — run a new initial synchronization`,
      );
    }
    const active = await dir.databases.where('state').equals('active').primaryKeys();
    for (const other of active) await dir.databases.update(other, { state: 'retired' });
    await dir.databases.update(name, { state: 'active' });
  });
}

/** Deletes the IndexedDB database `name`, then its directory entry. */
export async function deleteDatabase(dir: DirectoryDb, name: string, options: DexieOptions): Promise<void> {
  await new Dexie(name, options).delete();
  await dir.databases.delete(name);
}

/**
 * Deletes every retired database. Failures are logged and left for the next call: the user's
 * data is already in the active database, so a leftover only costs disk space.
 */
export async function deleteRetired(
  dir: DirectoryDb,
  options: DexieOptions,
  beforeDelete: (name: string) => void,
): Promise<void> {
  const retired = await dir.databases.where('state').equals('retired').primaryKeys();
  for (const name of retired) {
    try {
      beforeDelete(name);
      await deleteDatabase(dir, name, options);
    } catch (error) {
      log.warn(
        `Deleting retired database ${name} failed (${error instanceof Error ? error.name : 'error'}); retrying on next start`,
      );
    }
  }
}
