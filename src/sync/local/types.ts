/**
 * Contract of the local-change API (issue #9) the task pane uses: edits, sharing an Outlook item,
 * resolving synchronization issues. Implemented in this folder over `store`; the upload itself runs
 * inside `runSync` (phase `uploading`). See docs/sync.md "Local changes".
 */
import type { CustomizationPackage } from '../../metadata';
import type { DataDatabase, FieldValue, LocalIssue, StoredRecord } from '../../store';

/** What the local-change functions work on: the active database and its parsed package. */
export interface LocalContext {
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
  /** Epoch milliseconds; injected by tests. */
  readonly now?: () => number;
  /** The user's language for validation messages (`de-DE`); the package's default strings otherwise. */
  readonly locale?: string;
  /** The Action field a share writes the item's share key to (deployment `share.keyField`); absent = `DEFAULT_SHARE_KEY_FIELD`. */
  readonly shareKeyField?: string;
}

/** How the user resolves an issue (which ones apply depends on the issue's kind and operation). */
export type IssueResolution =
  /** failure: send it again on the next synchronization. */
  | { readonly action: 'retry' }
  /** any: drop the local change and take the server's record (or remove a never-sent record). */
  | { readonly action: 'discard' }
  /** conflict (both changed): per conflicting ioElemName, which value wins; then sent as an update. */
  | { readonly action: 'merge'; readonly choices: Readonly<Record<string, 'local' | 'server'>> }
  /** conflict (deleted on the server, changed locally): insert the local record again as new. */
  | { readonly action: 'recreate' }
  /** duplicate: use this existing record instead of the new one (references move to it). */
  | { readonly action: 'link'; readonly targetId: string }
  /** duplicate: insert the new record anyway. */
  | { readonly action: 'createAnyway' };

/** An Outlook message or appointment to share with Siebel as an activity. */
export interface ShareRequest {
  /**
   * The item's share key (see `SharedItem.itemKey`): the key recorded on the Outlook item, also
   * written to the activity's share-key field so a share from another Outlook finds the activity.
   */
  readonly itemKey: string;
  /**
   * Other keys the item is known by now (internet message id, item id): the share is found by them
   * too, and a share found under one of them is re-keyed to `itemKey` (same activity).
   */
  readonly aliases?: readonly string[];
  readonly kind: 'inboundEmail' | 'outboundEmail' | 'meeting';
  readonly subject: string;
  /** ISO 8601: received/sent time, or the meeting's start. */
  readonly start: string;
  /** ISO 8601: the meeting's end; absent for an email. */
  readonly end?: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  /** Plain text, trimmed to what the activity's comment field holds. */
  readonly body: string;
  /** Links chosen by the user (ids of local records, server or local ids). */
  readonly accountId: string | null;
  readonly opportunityId: string | null;
  readonly contactIds: readonly string[];
}

/** What the task pane shows for an Outlook item: shared (with what) or not. */
export interface ShareState {
  readonly activity: StoredRecord;
  readonly account: StoredRecord | null;
  readonly opportunity: StoredRecord | null;
  readonly contacts: readonly StoredRecord[];
  /** True until the activity has been sent to Siebel. */
  readonly pending: boolean;
}

/** Validation problems of an edit, per ioElemName ('' for a rule about the whole record). */
export type FieldProblems = Readonly<Record<string, string>>;

/** Functions of this folder, as the task pane sees them. */
export interface LocalChangesApi {
  /** Validates with the package's field and form rules, then saves (store `saveLocalChange`). Throws `RecordValidationError`. */
  createRecord(ctx: LocalContext, typeId: string, values: Readonly<Record<string, FieldValue>>): Promise<StoredRecord>;
  updateRecord(
    ctx: LocalContext,
    typeId: string,
    id: string,
    values: Readonly<Record<string, FieldValue>>,
  ): Promise<StoredRecord>;
  deleteRecord(ctx: LocalContext, typeId: string, id: string): Promise<void>;
  /** Creates the activity (and its contact links) the first time; later calls update the same activity. */
  shareItem(ctx: LocalContext, request: ShareRequest): Promise<ShareState>;
  shareState(ctx: LocalContext, keys: string | readonly string[]): Promise<ShareState | null>;
  resolveIssue(ctx: LocalContext, issue: LocalIssue, resolution: IssueResolution): Promise<void>;
}
