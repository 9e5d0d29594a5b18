import type {
  Checkpoint,
  Identity,
  InstalledPackage,
  ListOptions,
  SearchQuery,
  StoredPackage,
  StoredRecord,
  StoreLayout,
  SyncState,
  WriteBatch,
} from './types';

/**
 * One data database: the records of one (identity, schema), its installed package, its sync
 * state and checkpoints. Obtained from a `Store`; every failure is a `StoreError` or `StorageFullError`.
 */
export interface DataDatabase {
  readonly name: string;
  readonly identity: Identity;
  readonly schemaFingerprint: string;
  readonly layout: StoreLayout;
  /** The persisted package: files, ids and hashes, not parsed (the caller re-parses `files`). */
  installedPackage(): Promise<StoredPackage>;
  /** Rewrites `_package` for a package change that keeps the schema; throws when the schema differs. */
  replaceInstalledPackage(installed: InstalledPackage): Promise<void>;
  /**
   * One transaction: upsert records of several pages (maybe of several types), delete ids, save
   * checkpoints and sync state. Nothing of it is kept when any part fails.
   */
  writeBatch(batch: WriteBatch): Promise<void>;
  checkpoint(typeId: string): Promise<Checkpoint | undefined>;
  clearCheckpoints(): Promise<void>;
  syncState(): Promise<SyncState>;
  /** Every primary key of a type, for deletion detection. */
  primaryKeys(typeId: string): Promise<string[]>;
  count(typeId: string): Promise<number>;
  get(typeId: string, id: string): Promise<StoredRecord | undefined>;
  /**
   * Case-insensitive prefix search over one indexed field, in that field's index order; with no
   * `field`, over every searchable field of the type, merged by id and ordered by the matched value.
   */
  search(typeId: string, query: SearchQuery): Promise<StoredRecord[]>;
  /** A page of records ordered by an indexed field (the primary key by default). */
  list(typeId: string, options: ListOptions): Promise<StoredRecord[]>;
  /** Records whose `field` equals `value` (e.g. contacts of an account); indexed fields are fast. */
  whereEquals(typeId: string, field: string, value: string): Promise<StoredRecord[]>;
  /** SHA-256 over every table's content in key order: equal content, equal checksum. */
  checksum(): Promise<string>;
  close(): void;
}
