import { Dexie, type DexieOptions } from 'dexie';
import type { DataDatabase } from '../DataDatabase';
import { InstalledPackageMissingError } from '../errors/InstalledPackageMissingError';
import { StoreError } from '../errors/StoreError';
import { guardStore } from '../errors/toStoreError';
import type {
  Checkpoint,
  DatabaseEntry,
  InstalledPackage,
  StoredPackage,
  StoredRecord,
  DatabaseSyncState,
  TypeLayout,
} from '../types';
import { applyWriteBatch, SYNC_STATE_KEY } from './applyWriteBatch';
import { computeChecksum } from './computeChecksum';
import { declareDataSchema } from './declareDataSchema';
import { localChangeMethods } from './local/localChangeMethods';
import { randomId } from './randomId';
import { withReferences } from './withReferences';
import { listRecords, recordsWhereEquals, searchRecords } from './recordQueries';
import { searchEverything } from '../search/searchEverything';

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
export function initialSyncState(entry: DatabaseEntry): DatabaseSyncState {
  return { identity: entry.identity, initialSyncComplete: false, watermarks: {}, typeSyncedAt: {} };
}

/** What opening a data database needs besides its directory entry. */
export interface OpenDataOptions {
  readonly dexieOptions: DexieOptions;
  /** Runs when the handle closes. */
  readonly onClose: () => void;
  /** Epoch milliseconds for pending changes and issues. */
  readonly now: () => number;
  /** With it, first writes the `_package` and initial `_syncState` rows of a new database. */
  readonly install?: InstalledPackage;
}

/**
 * Opens (creating or upgrading if needed) the data database of `entry`. The handle's `layout` has
 * `references` even when `entry.layout` was stored without them (see `withReferences`).
 */
export async function openDataDatabase(entry: DatabaseEntry, options: OpenDataOptions): Promise<DataDatabase> {
  const dexie = new Dexie(entry.name, options.dexieOptions);
  declareDataSchema(dexie, entry.layout);
  const { install } = options;
  let layout = entry.layout;
  try {
    await guardStore('Opening the local CRM data', entry.name, async () => {
      await dexie.open();
      if (install) {
        await dexie.transaction('rw', ['_package', '_syncState'], async () => {
          await dexie.table('_package').put({ key: PACKAGE_KEY, ...storedPackageOf(install) });
          await dexie.table('_syncState').put({ key: SYNC_STATE_KEY, ...initialSyncState(entry) });
        });
      }
      layout = await withReferences(
        entry.layout,
        async () => (await dexie.table<StoredPackage, string>('_package').get(PACKAGE_KEY))?.files,
      );
    });
  } catch (error) {
    dexie.close();
    throw error;
  }
  return dataDatabaseOver(dexie, { ...entry, layout }, options);
}

function dataDatabaseOver(dexie: Dexie, entry: DatabaseEntry, { onClose, now }: OpenDataOptions): DataDatabase {
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
        if (!row) throw new InstalledPackageMissingError(entry.name);
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
      guard('Saving synchronized records', () => applyWriteBatch(dexie, batch, typeOf, initialSyncState(entry))),
    checkpoint: (typeId) =>
      guard('Reading a sync checkpoint', () => dexie.table<Checkpoint, string>('_checkpoints').get(typeId)),
    clearCheckpoints: () => guard('Clearing sync checkpoints', () => dexie.table('_checkpoints').clear()),
    syncState: () =>
      guard('Reading the sync state', async () => {
        const row = await dexie.table<DatabaseSyncState & { key: string }, string>('_syncState').get(SYNC_STATE_KEY);
        if (!row) return initialSyncState(entry);
        const { key: _key, ...state } = row;
        return state;
      }),
    primaryKeys: (typeId) =>
      guard(
        'Listing record ids',
        async () => (await dexie.table(typeOf(typeId).table).toCollection().primaryKeys()) as string[],
      ),
    count: (typeId) => guard('Counting records', () => dexie.table(typeOf(typeId).table).count()),
    get: (typeId, id) => guard('Reading a record', () => dexie.table(typeOf(typeId).table).get(id)),
    search: (typeId, query) => guard('Searching records', () => searchRecords(dexie, typeOf(typeId), query)),
    searchEverything: (query) => guard('Searching all records', () => searchEverything(dexie, entry.layout, query)),
    list: (typeId, options) => guard('Listing records', () => listRecords(dexie, typeOf(typeId), options)),
    getMany: (typeId, ids) =>
      guard('Reading records', () => {
        const table = dexie.table<StoredRecord, string>(typeOf(typeId).table);
        // bulkGet is one read request per id inside one transaction; the same ids in the same order.
        return dexie.transaction('r', table, () => table.bulkGet([...ids]));
      }),
    whereEquals: (typeId, field, value) =>
      guard('Finding related records', () => recordsWhereEquals(dexie, typeOf(typeId), field, value)),
    ...localChangeMethods({ dexie, layout: entry.layout, typeOf, guard, now, randomId }),
    checksum: () => guard('Computing the local data checksum', () => computeChecksum(dexie)),
    close: () => {
      dexie.close();
      onClose();
    },
  };
}
