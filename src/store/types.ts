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
export interface SyncState {
  readonly identity: Identity;
  readonly initialSyncComplete: boolean;
  /** Siebel server time at the start of the last successful sync (Siebel's text format). */
  readonly lastSuccessfulSyncServerTime?: string;
  /** TypeId → the server time from which the next incremental download of that type starts. */
  readonly watermarks: Readonly<Record<string, string>>;
  /** TypeId → epoch milliseconds of its last successful download (for `SyncFrequency`). */
  readonly typeSyncedAt: Readonly<Record<string, number>>;
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
  readonly uploads?: SyncLogUploads;
}

/** What a run's upload did: records created, changed and deleted in Siebel, and new issues. */
export interface SyncLogUploads {
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
  /** Merged into the stored state; `watermarks` and `typeSyncedAt` are merged key by key. */
  readonly syncState?: Partial<SyncState>;
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

/* ------------------------------------------------------------------------------------------------
 * Local changes (issue #9): the outbox, synchronization issues and shared Outlook items.
 * ---------------------------------------------------------------------------------------------- */

/** What a local change does on the server. */
export type PendingOperation = 'insert' | 'update' | 'delete';

/**
 * A local change waiting to be sent: one per record (later edits fold into it). Lives in the
 * `_outbox` table and is written in the same transaction as the record itself.
 */
export interface PendingChange {
  readonly typeId: string;
  /** A Siebel `Id`, or a local id (`local-…`, see {@link isLocalId}) until the insert is sent. */
  readonly recordId: string;
  readonly operation: PendingOperation;
  /**
   * ioElemNames to send: for an insert every field with a value, for an update the fields whose
   * local value differs from `base` (an update left with none is dropped), for a delete none.
   */
  readonly changedFields: readonly string[];
  /** The record as last received from the server (`null` for an insert): the base of conflict detection. */
  readonly base: StoredRecord | null;
  /**
   * The newest server version a download received but did not store because of this change (the
   * watermark moves past it): what "discard my change" restores instead of an older `base`.
   */
  readonly serverSeen?: StoredRecord;
  /** Only `ready` changes are sent; `blocked` ones wait for the user (an open issue). */
  readonly state: 'ready' | 'blocked';
  /** Set by "create anyway" on a duplicate issue: insert without the natural-key check. */
  readonly allowDuplicate?: boolean;
  /** Incremented by every local save: an upload answer for an older revision must not drop a newer edit. */
  readonly revision: number;
  /** Failed sending attempts so far. */
  readonly attempts: number;
  /** Epoch milliseconds. */
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** A user's edit as the task pane saves it (see `DataDatabase.saveLocalChanges`). */
export type LocalEdit =
  | {
      readonly operation: 'insert';
      readonly typeId: string;
      /**
       * A local id chosen by the caller (see {@link isLocalId}), so other edits of the same save can
       * point to the new record (an activity and its contact links); a fresh one when absent.
       */
      readonly id?: string;
      readonly values: Readonly<Record<string, FieldValue>>;
    }
  | { readonly operation: 'update'; readonly typeId: string; readonly id: string; readonly values: Readonly<Record<string, FieldValue>> }
  | { readonly operation: 'delete'; readonly typeId: string; readonly id: string };

/** Kinds of synchronization issue (Siebel's Synchronization Control Panel). */
export type LocalIssueKind = 'failure' | 'conflict' | 'duplicate';

/** One field of a conflict: the value both sides started from, and each side's value now. */
export interface FieldConflict {
  /** ioElemName. */
  readonly field: string;
  readonly base: FieldValue;
  readonly local: FieldValue;
  readonly server: FieldValue;
}

/** An open synchronization issue of one record's pending change, kept until resolved (`_issues`). */
export interface LocalIssue {
  /** `${typeId}:${recordId}`: at most one open issue per record. */
  readonly id: string;
  readonly typeId: string;
  readonly recordId: string;
  readonly kind: LocalIssueKind;
  readonly operation: PendingOperation;
  /** What happened, in words for the user (never a password or token). */
  readonly message: string;
  /** The Siebel error code, when the server gave one. */
  readonly code?: string;
  /** conflict: the server's record now (`null` when deleted on the server). */
  readonly server?: StoredRecord | null;
  /** conflict: the fields that differ between the local and the server record. */
  readonly fields?: readonly FieldConflict[];
  /** duplicate: existing records sharing a natural key with the new one. */
  readonly matches?: ReadonlyArray<{ readonly source: 'local' | 'server'; readonly record: StoredRecord }>;
  /** Epoch milliseconds. */
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** An Outlook message or appointment shared with Siebel as an activity (`_shares`). */
export interface SharedItem {
  /** The Outlook item's key: its internet message id, else its item id. */
  readonly itemKey: string;
  readonly typeId: string;
  /** The activity's id (local until sent; remapped with it). */
  readonly recordId: string;
  /** Epoch milliseconds. */
  readonly sharedAt: number;
}

/** Several local changes written in one transaction (see `DataDatabase.applyLocal`). */
export interface LocalMutation {
  /**
   * Preconditions checked inside the transaction: each record's pending change must have this
   * revision (`null` = no pending change), else nothing is written and `applyLocal` returns false.
   */
  readonly expect?: ReadonlyArray<{ readonly typeId: string; readonly recordId: string; readonly revision: number | null }>;
  readonly puts?: ReadonlyArray<{ readonly typeId: string; readonly record: StoredRecord }>;
  readonly deletes?: ReadonlyArray<{ readonly typeId: string; readonly id: string }>;
  readonly pending?: {
    readonly put?: readonly PendingChange[];
    readonly delete?: ReadonlyArray<{ readonly typeId: string; readonly recordId: string }>;
  };
  readonly issues?: { readonly put?: readonly LocalIssue[]; readonly delete?: readonly string[] };
  readonly shares?: { readonly put?: readonly SharedItem[]; readonly delete?: readonly string[] };
  /**
   * Replaces an id by another: the record's key, every reference field (`refObjTypeId === typeId`)
   * of every type holding `from`, pending changes (key and referencing values), issues and shares.
   * Applied before the puts and deletes of the same mutation. When a record, pending change or
   * issue already exists under `to` (linking a duplicate to an existing record), that one is kept
   * and the one under `from` dropped; references move to `to` either way.
   */
  readonly remaps?: ReadonlyArray<{ readonly typeId: string; readonly from: string; readonly to: string }>;
}

/**
 * What a `saveLocalChanges` writes besides the folded edits, in the same transaction and after
 * them: the records and their pending changes come from the edits only, these carry what folding
 * does not decide (id remaps as in {@link LocalMutation.remaps}, then issue and share rows).
 */
export type LocalEditExtras = Pick<LocalMutation, 'remaps' | 'issues' | 'shares'>;

/**
 * The server's answer to one sent change (see `DataDatabase.acknowledgeUpload`). `serverRecord` is
 * the record as the server now holds it (`null` for a delete).
 */
export interface UploadAck {
  readonly typeId: string;
  readonly recordId: string;
  /** The revision that was sent. */
  readonly revision: number;
  readonly serverRecord: StoredRecord | null;
}
