import type {
  Checkpoint,
  Identity,
  InstalledPackage,
  LocalEdit,
  LocalEditExtras,
  LocalIssue,
  LocalMutation,
  ListOptions,
  PendingChange,
  SearchQuery,
  StoredPackage,
  SharedItem,
  StoredRecord,
  StoreLayout,
  DatabaseSyncState,
  SendingMark,
  UploadAck,
  WriteBatch,
} from './types';
import type { EverythingQuery, EverythingResult } from './search/types';

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
   * checkpoints and sync state. Nothing of it is kept when any part fails. Records with a pending
   * local change are neither overwritten nor deleted by it (the upload and the issues handle them).
   */
  writeBatch(batch: WriteBatch): Promise<void>;
  checkpoint(typeId: string): Promise<Checkpoint | undefined>;
  clearCheckpoints(): Promise<void>;
  syncState(): Promise<DatabaseSyncState>;
  /** Every primary key of a type, for deletion detection. */
  primaryKeys(typeId: string): Promise<string[]>;
  count(typeId: string): Promise<number>;
  get(typeId: string, id: string): Promise<StoredRecord | undefined>;
  /**
   * Case-insensitive prefix search over one indexed field, in that field's index order; with no
   * `field`, over every searchable field of the type, merged by id and ordered by the matched value.
   */
  search(typeId: string, query: SearchQuery): Promise<StoredRecord[]>;
  /**
   * Searches every type at once (issue 21): records of which each word of `query.text` starts a
   * word of a searchable field (or a phone number's digits), grouped by type, best first (a whole
   * field equal to the text, then a field starting with its words, then whole words anywhere, then
   * unfinished words; boosted records higher), the group with the best hit first. Uses the search
   * index kept by every write, so it reads a few hundred index entries per type, not the records.
   */
  searchEverything(query: EverythingQuery): Promise<EverythingResult>;
  /** A page of records ordered by an indexed field (the primary key by default). */
  list(typeId: string, options: ListOptions): Promise<StoredRecord[]>;
  /** Records whose `field` equals `value` (e.g. contacts of an account); indexed fields are fast. */
  whereEquals(typeId: string, field: string, value: string): Promise<StoredRecord[]>;
  /** Several records by primary key in one read, `undefined` where absent (same order as `ids`). */
  getMany(typeId: string, ids: readonly string[]): Promise<(StoredRecord | undefined)[]>;

  /* ---- Local changes (outbox, issues, shares): see docs/sync.md "Local changes" ---- */

  /**
   * Saves a user's edit and its pending change in ONE transaction, folding it into the record's
   * existing pending change (insert+update = insert, insert+delete = nothing, update+delete =
   * delete, an update back to the base values = nothing). An insert gets a fresh local id, or the local id it carries. Returns the
   * record as stored (`undefined` after a delete). Throws `StoreError` for an unknown record or an
   * edit of a locally deleted one. Values are compared as Siebel does: absent, `null` and `''` are
   * the same (empty); `_` bookkeeping fields are never compared or sent. `revision` increments on
   * every save; `state` and `attempts` are kept, a new pending change starts `ready`. Deleting a
   * never-sent record also removes its issue and the shares pointing to it.
   */
  saveLocalChange(edit: LocalEdit): Promise<StoredRecord | undefined>;
  /**
   * Saves several edits in ONE transaction, each folded by the rules of {@link saveLocalChange},
   * in order (a later edit sees the earlier ones: an insert with a caller-chosen `id` can be
   * referenced, or edited again, by the next edits). `extras` are written after the edits in the
   * same transaction. Returns the stored records in the order of `edits` (`undefined` for a
   * delete). Any refused edit (unknown record, locally deleted record, an insert `id` that is not
   * a local id or is already used) throws `StoreError` and nothing of the call is kept.
   */
  saveLocalChanges(edits: readonly LocalEdit[], extras?: LocalEditExtras): Promise<(StoredRecord | undefined)[]>;
  /** Pending changes, oldest first. */
  listPendingChanges(): Promise<PendingChange[]>;
  pendingChange(typeId: string, recordId: string): Promise<PendingChange | undefined>;
  countPendingChanges(): Promise<number>;
  /**
   * Counts the unsent changes and, when there are none, closes the database for the user's edits
   * in the same transaction (an initial run about to swap a new database in): a save after that is
   * refused with an `EditsClosedError`, never lost with the dropped database. The mark holds until
   * {@link reopenForEdits} or for a minute at most.
   */
  closeForEdits(): Promise<number>;
  /** Takes {@link closeForEdits}'s mark off (the swap failed, or a run starts after one that died before it). */
  reopenForEdits(): Promise<void>;
  /** Open synchronization issues, oldest first. */
  listIssues(): Promise<LocalIssue[]>;
  countIssues(): Promise<number>;
  /**
   * The share of an Outlook item, if it was shared: found by its share key or by any key the item
   * was seen under (`SharedItem.aliases`); with several keys, the first that matches wins.
   */
  sharedItem(keys: string | readonly string[]): Promise<SharedItem | undefined>;
  /** Writes several local changes in one transaction (see {@link LocalMutation}); false when an `expect` failed. */
  applyLocal(mutation: LocalMutation): Promise<boolean>;
  /**
   * Takes the server's answer to a sent change in one transaction: drops the pending change (or,
   * when the user edited the record since `ack.revision`, keeps it as an update against the
   * server's record), remaps a local id to the server `Id` everywhere, and stores the server's
   * record with the local edits still pending on top. The record's open issue is removed. When
   * the pending change vanished meanwhile: a new record the user deleted while it was sent becomes
   * a pending delete of the server's record; a discarded update leaves the server's record stored.
   * Throws `StoreError` (nothing written) for a server record without its primary key, or a `null`
   * record answering an insert or update.
   */
  acknowledgeUpload(ack: UploadAck): Promise<void>;
  /**
   * Marks the values of pending updates about to be sent (`PendingChange.sending`), in one
   * transaction, before the call leaves: an edit saved while the answer is on the way then keeps
   * those fields pending even when it sets them back. The revision is not changed. A change no
   * longer pending (or no longer an update) is skipped.
   */
  markSending(sent: readonly SendingMark[]): Promise<void>;
  /**
   * The id a record has now: a local id replaced by its Siebel Id (or a duplicate linked to an
   * existing record) leads to the new id; any other id is returned as it is.
   */
  currentId(typeId: string, id: string): Promise<string>;
  /** SHA-256 over every table's content in key order: equal content, equal checksum. */
  checksum(): Promise<string>;
  close(): void;
}
