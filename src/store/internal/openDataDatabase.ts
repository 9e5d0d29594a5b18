import { Dexie, type DexieOptions } from 'dexie';
import type { DataDatabase } from '../DataDatabase';
import { schemaFromLayout } from '../deriveSchema';
import { MissingPackageError } from '../errors/MissingPackageError';
import { StoreError } from '../errors/StoreError';
import { guardStore } from '../errors/toStoreError';
import type { Checkpoint, DatabaseEntry, InstalledPackage, StoredPackage, SyncState, TypeLayout } from '../types';
import { applyWriteBatch, SYNC_STATE_KEY } from './applyWriteBatch';
import { computeChecksum } from './computeChecksum';
import { listRecords, recordsWhereEquals, searchRecords } from './recordQueries';

/** Row key of the singleton `_package` row. */
const PACKAGE_KEY = 'package';

/** The `_package` row for an installed package. */
export function storedPackageOf(installed: InstalledPackage): StoredPackage {
  const { pkg } = installed;
  return {
    files: pkg.files,
    packageId: installed.packageId,
    responsibilityId: installed.responsibilityId,
    hashValue: installed.hashValue,
    contentHash: pkg.contentHash,
    schemaFingerprint: pkg.schemaFingerprint,
    installedAt: installed.installedAt,
  };
}

/** The state of a database nobody has synchronized yet. */
export function initialSyncState(entry: DatabaseEntry): SyncState {
  return { identity: entry.identity, initialSyncComplete: false, watermarks: {}, typeSyncedAt: {} };
}

/**
 * Opens (creating if needed) the data database of `entry`; `onClose` runs when the handle closes.
 * With `install`, first writes the `_package` and initial `_syncState` rows of a new database.
 */
export async function openDataDatabase(
  entry: DatabaseEntry,
  options: DexieOptions,
  onClose: () => void,
  install?: InstalledPackage,
): Promise<DataDatabase> {
  const dexie = new Dexie(entry.name, options);
  dexie.version(1).stores(schemaFromLayout(entry.layout));
  try {
    await guardStore('Opening the local CRM data', entry.name, async () => {
      await dexie.open();
      if (!install) return;
      await dexie.transaction('rw', ['_package', '_syncState'], async () => {
        await dexie.table('_package').put({ key: PACKAGE_KEY, ...storedPackageOf(install) });
        await dexie.table('_syncState').put({ key: SYNC_STATE_KEY, ...initialSyncState(entry) });
      });
    });
  } catch (error) {
    dexie.close();
    throw error;
  }
  return dataDatabaseOver(dexie, entry, onClose);
}

function dataDatabaseOver(dexie: Dexie, entry: DatabaseEntry, onClose: () => void): DataDatabase {
  const types = new Map(entry.layout.types.map((t) => [t.typeId, t]));
  const typeOf = (typeId: string): TypeLayout => {
    const type = types.get(typeId);
    if (type) return type;
    throw new StoreError(
      `Reading local records failed: type "${typeId}" is not synchronized in ${entry.name} — use one of ${[...types.keys()].join(', ')}`,
    );
  };
  const guard = <T>(what: string, operation: () => PromiseLike<T>) => guardStore(what, entry.name, operation);
  const packages = dexie.table<StoredPackage & { key: string }, string>('_package');

  return {
    name: entry.name,
    identity: entry.identity,
    schemaFingerprint: entry.schemaFingerprint,
    layout: entry.layout,
    installedPackage: () =>
      guard('Reading the installed package', async () => {
        const row = await packages.get(PACKAGE_KEY);
        if (!row) throw new MissingPackageError(entry.name);
        const { key: _key, ...stored } = row;
        return stored;
      }),
    replaceInstalledPackage: (installed) =>
      guard('Replacing the installed package', async () => {
        if (installed.pkg.schemaFingerprint !== entry.schemaFingerprint) {
          throw new StoreError(
            `Replacing the installed package failed: package ${installed.packageId} changes the data schema of ${entry.name} — create a new database and run an initial synchronization instead`,
          );
        }
        await packages.put({ key: PACKAGE_KEY, ...storedPackageOf(installed) });
      }),
    writeBatch: (batch) =>
      guard('Saving synchronized records', () => applyWriteBatch(dexie, batch, (typeId) => typeOf(typeId).table, initialSyncState(entry))),
    checkpoint: (typeId) => guard('Reading a sync checkpoint', () => dexie.table<Checkpoint, string>('_checkpoints').get(typeId)),
    clearCheckpoints: () => guard('Clearing sync checkpoints', () => dexie.table('_checkpoints').clear()),
    syncState: () =>
      guard('Reading the sync state', async () => {
        const row = await dexie.table<SyncState & { key: string }, string>('_syncState').get(SYNC_STATE_KEY);
        if (!row) return initialSyncState(entry);
        const { key: _key, ...state } = row;
        return state;
      }),
    primaryKeys: (typeId) =>
      guard('Listing record ids', async () => (await dexie.table(typeOf(typeId).table).toCollection().primaryKeys()) as string[]),
    count: (typeId) => guard('Counting records', () => dexie.table(typeOf(typeId).table).count()),
    get: (typeId, id) => guard('Reading a record', () => dexie.table(typeOf(typeId).table).get(id)),
    search: (typeId, query) => guard('Searching records', () => searchRecords(dexie, typeOf(typeId), query)),
    list: (typeId, options) => guard('Listing records', () => listRecords(dexie, typeOf(typeId), options)),
    whereEquals: (typeId, field, value) =>
      guard('Finding related records', () => recordsWhereEquals(dexie, typeOf(typeId), field, value)),
    checksum: () => guard('Computing the local data checksum', () => computeChecksum(dexie)),
    close: () => {
      dexie.close();
      onClose();
    },
  };
}
