import type { CustomizationPackage, PackageFile } from '../metadata';

/** Whose data a data database holds: a new user name or server URL means a new initial sync. */
export interface Identity {
  readonly userName: string;
  readonly serverUrl: string;
}

/** A stored field value, as the sync layer maps Siebel's text to it. */
export type FieldValue = string | number | boolean | null;

/**
 * One record as stored: keyed by the fields' `ioElemName`, plus bookkeeping fields whose names
 * start with `_` (set by the sync layer, never sent to Siebel).
 */
export type StoredRecord = Readonly<Record<string, FieldValue>>;

/** A parsed package as the sync layer installs it, with the ids the metadata service returned. */
export interface InstalledPackage {
  readonly pkg: CustomizationPackage;
  readonly packageId: string;
  readonly responsibilityId: string;
  /** The server's `hashValue`, sent back on the next DownloadMetadataFiles call. */
  readonly hashValue: string;
  /** Epoch milliseconds. */
  readonly installedAt: number;
}

/** A package as persisted in a data database's `_package` table: files, ids, hashes; not parsed. */
export interface StoredPackage {
  readonly files: readonly PackageFile[];
  readonly packageId: string;
  readonly responsibilityId: string;
  readonly hashValue: string;
  readonly contentHash: string;
  readonly schemaFingerprint: string;
  /** Epoch milliseconds. */
  readonly installedAt: number;
}

/** Where the download of one object type stands, so an interrupted sync resumes there. */
export interface Checkpoint {
  readonly typeId: string;
  /** The sync engine's own phase name (e.g. `records`, `ids`). */
  readonly phase: string;
  /** Next QueryPage `StartRowNum`. */
  readonly startRowNum: number;
  /** Identifies the query (search spec, view mode, page size): a different query must restart. */
  readonly querySignature: string;
  readonly done: boolean;
}

/** Synchronization state of one data database. */
export interface DatabaseSyncState {
  readonly identity: Identity;
  readonly initialSyncComplete: boolean;
  /**
   * Client epoch milliseconds at the start of the last successful sync (or of the first attempt of
   * an initial sync). The client's clock: never compared with server stamps, it dates runs.
   * (Databases before version 5 held it as Siebel date text, `lastSuccessfulSyncServerTime`.)
   */
  readonly lastSuccessfulSyncStartedAt?: number;
  /**
   * TypeId → the server time (Siebel's text, in the server's own clock and zone) from which the next
   * incremental download of that type asks for changes: the newest `Updated` the server returned
   * minus the download's duration (field evidence §6). Absent: the type's next download asks for all.
   */
  readonly watermarks: Readonly<Record<string, string>>;
  /** TypeId → client epoch milliseconds of its last successful download (for `SyncFrequency`). */
  readonly typeSyncedAt: Readonly<Record<string, number>>;
  /**
   * TypeId → client epoch milliseconds at which its last successful download began (the first
   * attempt's start for an initial one). Only a duration is taken from it: the next incremental
   * query also asks for records changed within that long by the server's own clock (docs/sync.md,
   * "A server clock that goes back"). Absent in databases from before it, until the next download.
   */
  readonly downloadsBegunAt?: Readonly<Record<string, number>>;
  /** The server's `MaximumPageSize` as learned from an SBL-EAI-04447 answer. */
  readonly maximumPageSize?: number;
  /**
   * TypeId → where the type's deletion check stands (docs/sync.md, "Incremental changes and
   * deletions"); absent in databases from before the schedule: the next check is a full listing.
   */
  readonly deletionChecks?: Readonly<Record<string, DeletionCheckState>>;
}

/** The deletion-check schedule of one type, on the client's clock (durations only). */
export interface DeletionCheckState {
  /** Client epoch ms of the last full Id listing, or of the start of the initial download (which counts as one). */
  readonly fullAtMs: number;
  /** The filter the listing checked (the preset's filter of the type, as JSON): another preset makes a listing due. */
  readonly filterKey: string;
  /** The highest local Id the rotating slice has checked; '' = the next slice starts at the lowest Id. */
  readonly sliceCursor: string;
  /** Client epoch ms of the last slice or full listing: the slice covers the Ids this time is worth. */
  readonly sliceAtMs: number;
}

/** Lifecycle of a data database: built as `staging`, shown as `active`, deleted once `retired`. */
export type DatabaseState = 'staging' | 'active' | 'retired';

/** How one synchronized object type is stored; derived from the package by `deriveLayout`. */
export interface TypeLayout {
  readonly typeId: string;
  /** Table name (`tableNameFor(typeId)`). */
  readonly table: string;
  /** ioElemName of the primary key. */
  readonly primaryKey: string;
  /** ioElemNames of the fields searched when `search` is given no field, sorted. */
  readonly searchFields: readonly string[];
  /** ioElemNames with a simple index (searchable, natural-key, reference, timestamp), sorted. */
  readonly indexes: readonly string[];
  /** Multi-field natural keys as compound indexes, each sorted. */
  readonly compoundIndexes: readonly (readonly string[])[];
  /**
   * Fields that hold the id of another record (`RefObjTypeId`), sorted by field: what a local id
   * remap rewrites. Layouts stored before issue #9 lack it; opening such a database derives it
   * from the installed package (see `openDataDatabase`).
   */
  readonly references: readonly TypeReference[];
}

/** A reference field of a type: its ioElemName and the TypeId it points to. */
export interface TypeReference {
  readonly field: string;
  readonly typeId: string;
}

/** The storage layout of a data database, one entry per synchronized type (in sync order). */
export interface StoreLayout {
  readonly types: readonly TypeLayout[];
}

/** A row of the directory database: one data database. */
export interface DatabaseEntry {
  readonly name: string;
  readonly state: DatabaseState;
  readonly identity: Identity;
  readonly schemaFingerprint: string;
  /** Epoch milliseconds. */
  readonly createdAt: number;
  /** Kept so a database can be reopened without its parsed package. */
  readonly layout: StoreLayout;
}

/** Added / changed / removed records of one type during one sync run. */
export interface SyncCounts {
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  /**
   * Which deletion check an incremental run made for the type: the full Id listing, a rotating
   * slice of it, or none (docs/sync.md); absent when no check ran (initial run, skipped type).
   */
  readonly deletionCheck?: 'full' | 'slice' | 'none';
}

/** A record a sync run could not store; the rest of the run goes on (Siebel's "synchronization issue"). */
export interface SyncIssue {
  readonly typeId: string;
  readonly recordId?: string;
  readonly message: string;
}

/** One synchronization run in the sync log. `running` until the run ends. */
export interface SyncLogEntry {
  /** Set by the store. */
  readonly id?: number;
  /** Epoch milliseconds. */
  readonly startedAt: number;
  readonly endedAt?: number;
  readonly kind: 'initial' | 'incremental';
  readonly outcome: 'running' | 'succeeded' | 'failed' | 'cancelled';
  readonly counts: Readonly<Record<string, SyncCounts>>;
  readonly error?: { readonly code: string; readonly message: string };
  readonly issues: readonly SyncIssue[];
  /** Local changes the run sent to Siebel; absent in entries written before uploads existed. */
  readonly uploads?: UploadCounts;
  /**
   * What the customization package this run installed holds that the add-in ignores or cannot use
   * (an unavailable preset, an unknown control…), for the administrator; absent when none.
   */
  readonly packageWarnings?: readonly PackageNote[];
}

/** One package warning as the sync log keeps it: the file, the element's path, what was ignored and why. */
export interface PackageNote {
  readonly file: string;
  readonly path: string;
  readonly message: string;
}

/** What a run's upload did: records created, changed and deleted in Siebel, and issues it opened or renewed. */
export interface UploadCounts {
  readonly inserted: number;
  readonly updated: number;
  readonly deleted: number;
  readonly issues: number;
}

/** One transaction of the download loop (see `DataDatabase.writeBatch`). */
export interface WriteBatch {
  readonly puts?: ReadonlyArray<{ readonly typeId: string; readonly records: readonly StoredRecord[] }>;
  readonly deletes?: ReadonlyArray<{ readonly typeId: string; readonly ids: readonly string[] }>;
  readonly checkpoints?: readonly Checkpoint[];
  /** Merged into the stored state; the per-type maps (`watermarks`, `typeSyncedAt`, …) are merged key by key. */
  readonly syncState?: Partial<DatabaseSyncState>;
}

/** A prefix search (see `DataDatabase.search`). */
export interface SearchQuery {
  /** An indexed ioElemName; when absent, every searchable field of the type. */
  readonly field?: string;
  readonly text: string;
  readonly limit: number;
  readonly offset?: number;
}

/** A page of records in index order (see `DataDatabase.list`). */
export interface ListOptions {
  /** An indexed ioElemName; the primary key when absent. Records without a value are left out. */
  readonly orderBy?: string;
  readonly offset: number;
  readonly limit: number;
  readonly reverse?: boolean;
}

/** Result of `verifyInstalledPackage`. */
export type PackageVerification =
  | { readonly ok: true; readonly installed: StoredPackage }
  | { readonly ok: false; readonly reason: 'missing' | 'tampered'; readonly message: string };

// The local-change types (outbox, issues, shares) live in their own file; re-exported for one import path.
export type {
  PendingOperation,
  PendingChange,
  LocalEdit,
  LocalIssueKind,
  FieldConflict,
  LocalIssue,
  SharedItem,
  LocalMutation,
  LocalEditExtras,
  SendingMark,
  UploadAck,
} from './localChangeTypes';
