/**
 * Types of the synchronization machine (xstate style): `SyncState` is discriminated on `phase`,
 * `SyncEvent` and `SyncEffect` on `type`. `transition` is pure; `runSync` performs the effects.
 */
import type { CustomizationPackage, PackageWarning } from '../../metadata';
import type { MetadataAnswer, MetadataFile } from '../../siebel';
import type { AddinErrorCode } from '../../shared';
import type { SyncCounts, SyncIssue, UploadCounts } from '../../store';

/** Initial = everything downloaded into a new database; incremental = only what changed. */
export type SyncKind = 'initial' | 'incremental';

/** How a run ended. */
export type SyncOutcome = 'succeeded' | 'failed' | 'cancelled';

/** Why a run is an initial synchronization. */
export type InitialSyncReason = 'firstUse' | 'identityChanged' | 'fullRequested' | 'schemaChanged';

// Counts per type, uploads and per-record problems are persisted in the store's sync log, which
// declares them; the machine reports the same shapes, so a report goes into the log as it is.
export type { SyncCounts, SyncIssue, UploadCounts };

/** A stopping error as kept in a report and in the sync log (never a password or token). */
export interface SyncErrorInfo {
  /** Typed here; the sync log stores it as text (an entry written by an older version may hold another code). */
  readonly code: AddinErrorCode;
  readonly message: string;
  /** `PendingChanges`: how many local changes would be lost (the task pane asks for consent). */
  readonly pendingCount?: number;
}

/** The package the active database holds, as the machine needs it. */
export interface InstalledPackageRef {
  readonly packageId: string;
  readonly responsibilityId: string;
  readonly hashValue: string;
  readonly schemaFingerprint: string;
  /** Synchronized TypeIds in dependency order. */
  readonly typeIds: readonly string[];
}

/** What the runner knows about the local side when a run starts. */
export interface SyncStartInput {
  readonly full: boolean;
  /** The user agreed that a new database may drop the active one's unsent changes. */
  readonly discardPendingChanges?: boolean;
  /** Client clock at the start, in ms; becomes the next incremental's lower bound. */
  readonly startedAtMs: number;
  /** `null` on first use (no active database). */
  readonly active: {
    /** False when the user name or the server URL differ from the active database's. */
    readonly identityMatches: boolean;
    readonly installed: InstalledPackageRef | null;
    /** Start time of the last successful run, in ms; `null` if none. */
    readonly lastSyncStartedAtMs: number | null;
    /** Local changes not yet sent (blocked ones included); 0 when absent. */
    readonly pendingChanges?: number;
    /** Of those, the ones an upload would send now (`ready`). */
    readonly readyChanges?: number;
  } | null;
}

/** Accumulated facts of a run, carried by every non-idle state. */
export interface SyncContext {
  readonly kind: SyncKind;
  readonly reason: InitialSyncReason | null;
  readonly startedAtMs: number;
  readonly installed: InstalledPackageRef | null;
  readonly lastSyncStartedAtMs: number | null;
  readonly packageId: string;
  readonly responsibilityId: string;
  readonly hashValue: string;
  readonly responsibilityChanged: boolean;
  readonly counts: Readonly<Record<string, SyncCounts>>;
  readonly issues: readonly SyncIssue[];
  readonly uploads: UploadCounts;
  /** Local changes still unsent (known at the start, updated by the upload). */
  readonly pendingChanges: number;
  readonly discardPendingChanges: boolean;
}

/** The machine's state. */
export type SyncState =
  | { readonly phase: 'idle' }
  /** `upload`: local changes wait to be sent once the session is open. */
  | { readonly phase: 'connecting'; readonly ctx: SyncContext; readonly upload: boolean }
  | { readonly phase: 'uploading'; readonly ctx: SyncContext }
  | { readonly phase: 'checkingMetadata'; readonly ctx: SyncContext }
  | {
      readonly phase: 'applyingPackage';
      readonly ctx: SyncContext;
      readonly step: 'parsing' | 'installing' | 'preparingStaging';
      readonly typeIds: readonly string[];
    }
  | {
      readonly phase: 'downloading';
      readonly ctx: SyncContext;
      readonly typeIds: readonly string[];
      readonly index: number;
    }
  | {
      readonly phase: 'removingDeleted';
      readonly ctx: SyncContext;
      readonly typeIds: readonly string[];
      readonly index: number;
    }
  | { readonly phase: 'committing'; readonly ctx: SyncContext }
  | { readonly phase: 'loggingOut'; readonly ctx: SyncContext; readonly outcome: SyncOutcome; readonly error: unknown }
  | { readonly phase: 'done'; readonly ctx: SyncContext }
  | { readonly phase: 'failed'; readonly ctx: SyncContext; readonly error: unknown }
  | { readonly phase: 'cancelled'; readonly ctx: SyncContext };

/** Name of a phase. */
export type SyncPhase = SyncState['phase'];

/** What happened: a request from outside or the result of an effect. */
export type SyncEvent =
  | { readonly type: 'start'; readonly input: SyncStartInput }
  | { readonly type: 'sessionOpened' }
  /** `pendingChanges`: what is still unsent after the upload (blocked, failed, waiting). */
  | {
      readonly type: 'uploaded';
      readonly uploads: UploadCounts;
      readonly issues: readonly SyncIssue[];
      readonly pendingChanges: number;
    }
  | { readonly type: 'metadataReceived'; readonly answer: MetadataAnswer }
  | { readonly type: 'packageParsed'; readonly pkg: CustomizationPackage }
  | { readonly type: 'packageInstalled' }
  | { readonly type: 'stagingReady'; readonly databaseName: string; readonly resumed: boolean }
  /**
   * `skipped`: the type's `SyncFrequency` has not elapsed; nothing was asked of the server.
   * `removed`: changed records that no longer match the preset's filter (evaluated locally) and were removed.
   */
  | {
      readonly type: 'typeDownloaded';
      readonly typeId: string;
      readonly added: number;
      readonly changed: number;
      readonly removed?: number;
      readonly issues: readonly SyncIssue[];
      readonly skipped?: boolean;
    }
  /**
   * `added`: visible records that were missing locally and were fetched by Id (a repaired gap).
   * `check`: which deletion check ran (absent = a full listing, as before the schedule).
   */
  | {
      readonly type: 'deletionsRemoved';
      readonly typeId: string;
      readonly removed: number;
      readonly added: number;
      readonly issues: readonly SyncIssue[];
      readonly check?: 'full' | 'slice' | 'none';
    }
  | { readonly type: 'committed' }
  | { readonly type: 'loggedOff' }
  | { readonly type: 'effectFailed'; readonly error: unknown }
  | { readonly type: 'cancel' };

/** What the runner must do next. */
export type SyncEffect =
  | { readonly type: 'openSession' }
  /** Send the pending changes, reported as part of a run of `kind`. */
  | { readonly type: 'upload'; readonly kind: SyncKind }
  | {
      readonly type: 'downloadMetadata';
      readonly packageId: string;
      readonly responsibilityId: string;
      readonly hashValue: string;
    }
  | { readonly type: 'parsePackage'; readonly files: readonly MetadataFile[] }
  | { readonly type: 'installPackage'; readonly pkg: CustomizationPackage }
  | { readonly type: 'prepareStaging'; readonly pkg: CustomizationPackage }
  | { readonly type: 'downloadType'; readonly typeId: string; readonly mode: SyncKind }
  | { readonly type: 'removeDeleted'; readonly typeId: string }
  | {
      readonly type: 'commit';
      readonly kind: SyncKind;
      readonly packageId: string;
      readonly responsibilityId: string;
      readonly hashValue: string;
      readonly startedAtMs: number;
    }
  | { readonly type: 'logoff' };

/** Progress of a running synchronization, for the task pane and the command-line tool. */
export interface SyncProgress {
  readonly phase: SyncPhase;
  readonly kind: SyncKind | null;
  readonly typeId: string | null;
  /** Records written for `typeId` so far in this run. */
  readonly recordsWritten: number;
  readonly pages: number;
  /** Known only when the server tells it (e.g. the last page arrived); else `null`. */
  readonly recordsExpected: number | null;
  readonly elapsedMs: number;
  /**
   * Every type downloaded so far in this run, in the order they started (the one in progress last);
   * absent from runtimes that predate it.
   */
  readonly types?: readonly TypeProgress[];
}

/** One type's download in a running synchronization (see `SyncProgress.types`). */
export interface TypeProgress {
  readonly typeId: string;
  /** Records written for the type in this run, those a resumed download already held included. */
  readonly recordsWritten: number;
  /** Of `recordsWritten`, those held from an earlier attempt (not downloaded in this run's time). */
  readonly recordsResumed: number;
  /** Known only once the server tells it (Siebel has no total: the last page arrived); else `null`. */
  readonly recordsExpected: number | null;
  /** Time spent on the type so far (until it finished, once `finished`). */
  readonly activeMs: number;
  /** The run moved on from this type (done, or stopped by a failure or a cancel). */
  readonly finished: boolean;
}

/** See `SyncReport.traffic`. */
export interface SyncTraffic {
  readonly requests: number;
  readonly bytesSent: number;
  readonly bytesReceived: number;
  readonly peakSessions: number;
  /**
   * The calls behind `requests`, by purpose: the metadata check, QueryPage (record pages, Id
   * listings, queries by Id and by natural key, the clock question), ExecuteBatch, logoffs, and how many of them were
   * repeats of a call that failed transiently (`retries`, included in the others). Logins are not
   * calls of their own: a session logs in with its first call. Absent where the ports do not count.
   */
  readonly calls?: {
    readonly metadata: number;
    readonly queries: number;
    readonly batches: number;
    readonly logoffs: number;
    readonly retries: number;
  };
}

/** The result of `engine.synchronize`. */
export interface SyncReport {
  readonly kind: SyncKind | null;
  readonly reason: InitialSyncReason | null;
  readonly outcome: SyncOutcome;
  readonly packageId: string;
  readonly hashValue: string;
  readonly responsibilityId: string;
  readonly counts: Readonly<Record<string, SyncCounts>>;
  readonly durationMs: number;
  /** Siebel sessions logged in (refused logins excluded) and logged off, over all the run's sessions. */
  readonly sessions: { readonly opened: number; readonly closed: number };
  /**
   * What the run exchanged with the Siebel Server, counted at the transport across all its
   * sessions: HTTP POSTs (logins, retries and logoffs included), request and response body bytes,
   * and the most sessions logged in at once. Absent when the Siebel side does not count (fakes).
   */
  readonly traffic?: SyncTraffic;
  readonly issues: readonly SyncIssue[];
  /** Local changes sent in this run (always set by `runSync`; optional for reports built elsewhere, e.g. tests). */
  readonly uploads?: UploadCounts;
  /** The warnings of a package this run installed (ignored or unusable elements); absent when none. */
  readonly packageWarnings?: readonly PackageWarning[];
  readonly error?: SyncErrorInfo;
}
