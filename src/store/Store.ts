import type { Clock } from '../shared';
import type { CustomizationPackage } from '../metadata';
import type { DataDatabase } from './DataDatabase';
import type { DatabaseEntry, Identity, InstalledPackage, SyncLogEntry } from './types';

/** Options of `openStore`. */
export interface StoreOptions {
  /** An IndexedDB implementation (tests pass fake-indexeddb); the browser's when absent. */
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
  /** Put in front of every database name, so tests isolate themselves. */
  readonly namePrefix?: string;
  /** Time of `createdAt`; the system clock when absent. */
  readonly clock?: Clock;
  /** Suffix of new data database names; 16 random hex digits when absent. */
  readonly randomId?: () => string;
}

/**
 * The add-in's local storage: a directory of data databases (one per identity and schema), the
 * sync log and small add-in state. Every failure is a `StoreError` or `StorageFullError`.
 */
export interface Store {
  /** The database the user sees, or `null` before the first completed initial sync. */
  activeDatabase(): Promise<DataDatabase | null>;
  /** A new, empty database in state `staging` for the schema of `installed.pkg`, its package installed. */
  createStagingDatabase(installed: InstalledPackage, identity: Identity): Promise<DataDatabase>;
  /** Opens a staging or active database; with `pkg`, checks that it has the same schema. */
  openDatabase(name: string, pkg?: CustomizationPackage): Promise<DataDatabase>;
  /** Every known database except retired ones. */
  listDatabases(): Promise<DatabaseEntry[]>;
  /** Staging databases, e.g. left by a crash; the sync engine resumes or discards them. */
  listStagingDatabases(): Promise<DatabaseEntry[]>;
  /**
   * Makes a staging database active and the previous active one retired in one directory
   * transaction, then deletes retired databases (a failed delete is retried on the next open).
   * Shared Outlook items (`_shares`) of the previous active database move along when both have
   * the same identity, so an item shared before a full resynchronization still shows as shared.
   */
  activateDatabase(name: string): Promise<void>;
  /** Deletes a staging database (failed or cancelled initial sync); refuses the active one. */
  discardDatabase(name: string): Promise<void>;
  /** Adds a run to the sync log, keeping the 50 newest; returns its id. */
  appendSyncLog(entry: SyncLogEntry): Promise<number>;
  updateSyncLog(id: number, patch: Partial<SyncLogEntry>): Promise<void>;
  /** Newest first. */
  listSyncLog(limit?: number): Promise<SyncLogEntry[]>;
  /** Small add-in state (JSON-like values), `undefined` when unset. */
  getSetting(key: string): Promise<unknown>;
  setSetting(key: string, value: unknown): Promise<void>;
  deleteSetting(key: string): Promise<void>;
  /** Closes the directory and every data database opened through this store. */
  close(): void;
}
