import { createLogger, systemClock } from '../shared';
import type { DataDatabase } from './DataDatabase';
import { deriveLayout } from './deriveLayout';
import { DIRECTORY_DB_NAME, DirectoryDb } from './directoryDb';
import { StoreError } from './errors/StoreError';
import { guardStore } from './errors/toStoreError';
import { deleteDatabase, deleteRetired, flipToActive, requireEntry } from './internal/databaseDirectory';
import { dexieOptionsOf } from './internal/dexieOptions';
import { carrySharesOver } from './internal/local/carrySharesOver';
import { openDataDatabase } from './internal/openDataDatabase';
import { randomId } from './internal/randomId';
import { appendSyncLogEntry, listSyncLogEntries, updateSyncLogEntry } from './internal/syncLog';
import type { Store, StoreOptions } from './Store';
import type { DatabaseEntry, InstalledPackage } from './types';

const log = createLogger('store');

/**
 * Opens the add-in's local storage and deletes databases a previous activation retired.
 * @example
 * const store = await openStore();
 * const db = await store.activeDatabase(); // null before the first initial sync
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const prefix = options.namePrefix ?? '';
  const dexieOptions = dexieOptionsOf(options);
  const clock = options.clock ?? systemClock;
  const newId = options.randomId ?? randomId;
  const dir = new DirectoryDb(prefix + DIRECTORY_DB_NAME, dexieOptions);
  const guard = guardStore;
  await guard('Opening the local CRM directory', dir.name, () => dir.open());

  // Handles we gave out, closed before their database is deleted (a delete waits for them otherwise).
  const opened = new Map<string, Set<DataDatabase>>();
  const open = async (entry: DatabaseEntry, install?: InstalledPackage): Promise<DataDatabase> => {
    const handles = opened.get(entry.name) ?? new Set<DataDatabase>();
    const db: DataDatabase = await openDataDatabase(entry, {
      dexieOptions,
      onClose: () => handles.delete(db),
      now: () => clock.now(),
      install,
    });
    // A layout stored before issue #9 got its reference fields on open: keep them so the next open
    // skips parsing the package. Failing to keep them only costs that parse again, so it is ignored.
    if (db.layout !== entry.layout)
      await dir.databases.update(entry.name, { layout: db.layout }).catch(() => undefined);
    handles.add(db);
    opened.set(entry.name, handles);
    return db;
  };
  const closeOpened = (name: string) => {
    for (const db of [...(opened.get(name) ?? [])]) db.close();
    opened.delete(name);
  };

  await guard('Cleaning up old local databases', dir.name, () => deleteRetired(dir, dexieOptions, closeOpened));

  return {
    activeDatabase: () =>
      guard('Opening the local CRM data', dir.name, async () => {
        const active = await dir.databases.where('state').equals('active').sortBy('createdAt');
        const newest = active.at(-1);
        return newest ? await open(newest) : null;
      }),
    createStagingDatabase: (installed, identity) =>
      guard('Creating a new local database', installed.packageId, async () => {
        const entry: DatabaseEntry = {
          name: `${prefix}crm-desktop-data-${newId()}`,
          state: 'staging',
          identity: { userName: identity.userName, serverUrl: identity.serverUrl },
          schemaFingerprint: installed.pkg.schemaFingerprint,
          createdAt: clock.now(),
          layout: deriveLayout(installed.pkg),
        };
        // The entry comes first so that a crash leaves a database the next start can find and delete.
        await dir.databases.add(entry);
        try {
          return await open(entry, installed);
        } catch (error) {
          await deleteDatabase(dir, entry.name, dexieOptions).catch(() => undefined);
          throw error;
        }
      }),
    openDatabase: (name, pkg) =>
      guard('Opening a local database', name, async () => {
        const entry = await requireEntry(dir, name, 'Opening a local database');
        if (entry.state === 'retired') {
          throw new StoreError(
            `Opening a local database failed: "${name}" is retired and about to be deleted — open the active database instead`,
          );
        }
        if (pkg && pkg.schemaFingerprint !== entry.schemaFingerprint) {
          throw new StoreError(
            `Opening a local database failed: "${name}" was built for another data schema — create a new database for this package`,
          );
        }
        return await open(entry);
      }),
    listDatabases: () =>
      guard('Listing local databases', dir.name, async () =>
        (await dir.databases.toArray()).filter((e) => e.state !== 'retired'),
      ),
    listStagingDatabases: () =>
      guard('Listing local databases', dir.name, () => dir.databases.where('state').equals('staging').toArray()),
    activateDatabase: (name) =>
      guard('Activating the local database', name, async () => {
        // Best effort: the new database is complete without them, and a failed copy must not keep
        // the user on the old data; the item then only loses its "shared" mark.
        await carrySharesOver(dir, name, dexieOptions).catch((error: unknown) =>
          log.warn(
            `Copying shared Outlook items to ${name} failed (${error instanceof Error ? error.name : 'error'}); they show as not shared`,
          ),
        );
        await flipToActive(dir, name);
        await deleteRetired(dir, dexieOptions, closeOpened);
      }),
    discardDatabase: (name) =>
      guard('Discarding a local database', name, async () => {
        const entry = await requireEntry(dir, name, 'Discarding a local database');
        if (entry.state === 'active') {
          throw new StoreError(
            `Discarding a local database failed: "${name}" is the active database — activate another database first`,
          );
        }
        closeOpened(name);
        await deleteDatabase(dir, name, dexieOptions);
      }),
    appendSyncLog: (entry) => guard('Writing the sync log', dir.name, () => appendSyncLogEntry(dir, entry)),
    updateSyncLog: (id, patch) => guard('Writing the sync log', dir.name, () => updateSyncLogEntry(dir, id, patch)),
    listSyncLog: (limit) => guard('Reading the sync log', dir.name, () => listSyncLogEntries(dir, limit)),
    getSetting: (key) => guard('Reading add-in settings', key, async () => (await dir.kv.get(key))?.value),
    setSetting: (key, value) =>
      guard('Saving add-in settings', key, async () => void (await dir.kv.put({ key, value }))),
    deleteSetting: (key) => guard('Saving add-in settings', key, () => dir.kv.delete(key)),
    close: () => {
      for (const name of [...opened.keys()]) closeOpened(name);
      dir.close();
    },
  };
}
