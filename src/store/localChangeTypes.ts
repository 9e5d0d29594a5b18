/** Types of local changes (issue #9): the outbox, synchronization issues and shared Outlook items. */
import type { FieldValue, StoredRecord } from './types';

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
  /**
   * The values (by ioElemName) of an update sent to Siebel whose answer has not been read yet (see
   * `DataDatabase.markSending`). Siebel may hold them already, so an edit setting one of these fields
   * back to its `base` value keeps it pending instead of dropping the change — without the mark such
   * an edit looked like "nothing to send", and the answer could not tell it from a discard. Cleared
   * by the answer; kept when the call's fate is unknown (a dropped connection, a crash): the next
   * run's merge then knows that a server value equal to the sent one is this change's own.
   */
  readonly sending?: Readonly<Record<string, FieldValue>>;
  /** Incremented by every local save: an upload answer for an older revision must not drop a newer edit. */
  readonly revision: number;
  /**
   * Which change this is: new each time a record's pending change is created afresh. Revisions
   * restart at 1 then, so after a discard (or an answer) and a new edit while the earlier update was
   * still on its way, the earlier answer named the new change's revision and overwrote it (soak seed
   * 9500511). Answers and preconditions name the change as well; another change is a newer one.
   * Absent on changes saved before it existed: those are told apart by their revision alone.
   */
  readonly changeId?: string;
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
  | {
      readonly operation: 'update';
      readonly typeId: string;
      readonly id: string;
      readonly values: Readonly<Record<string, FieldValue>>;
    }
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
  /**
   * The share key (the row's primary key): the key recorded on the Outlook item and carried by the
   * activity, so every copy of the item finds the same share. Rows written before database
   * version 4 hold the item key they were shared under (internet message id, else item id).
   */
  readonly itemKey: string;
  /**
   * Every other key the item was seen under (internet message id, item ids before and after a
   * send or a move, an older share key); a lookup by any of them finds this row. Absent only in
   * rows written before version 4, before their upgrade.
   */
  readonly aliases?: readonly string[];
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
  readonly expect?: ReadonlyArray<{
    readonly typeId: string;
    readonly recordId: string;
    readonly revision: number | null;
    /** When given, the pending change must also be this one (see {@link PendingChange.changeId}). */
    readonly changeId?: string;
  }>;
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

/** The values of one pending update about to be sent (see `DataDatabase.markSending`). */
export interface SendingMark {
  readonly typeId: string;
  readonly recordId: string;
  /** By ioElemName: the values the update carries. */
  readonly values: Readonly<Record<string, FieldValue>>;
}

/**
 * The server's answer to one sent change (see `DataDatabase.acknowledgeUpload`). `serverRecord` is
 * the record as the server now holds it (`null` for a delete).
 */
export interface UploadAck {
  readonly typeId: string;
  readonly recordId: string;
  /** The revision that was sent. */
  readonly revision: number;
  /**
   * The `changeId` of the change that was sent: a pending change with another one is newer. Absent:
   * the revision alone decides.
   */
  readonly changeId?: string;
  readonly serverRecord: StoredRecord | null;
  /**
   * The fields the sent change carried (its `changedFields`). The server holds their sent values
   * now, so a newer edit that set one back to its `base` value (and so left the pending change's
   * fields) still differs from the server. Absent: only the pending change's fields are compared.
   */
  readonly sentFields?: readonly string[];
}
