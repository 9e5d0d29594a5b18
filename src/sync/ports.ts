import type { CustomizationPackage, PackageFile } from '../metadata';
import type {
  MetadataAnswer,
  MetadataRequest,
  QueryPageRequest,
  QueryPageResult,
  SyncCommand,
  SyncCommandResult,
  WireProfile,
} from '../siebel';
import type { Identity, Store } from '../store';
import type { Clock } from '../shared';
import type { RetryPolicy } from './session/backoff';
import type { SyncProgress } from './machine/types';

/**
 * The Siebel calls a run makes, on one session. The real one wraps `SiebelSession`
 * (`createSiebelPort`); unit tests pass a fake.
 */
export interface SiebelPort {
  downloadMetadata(request: MetadataRequest, signal?: AbortSignal): Promise<MetadataAnswer>;
  queryPage(request: QueryPageRequest, signal?: AbortSignal): Promise<QueryPageResult>;
  /** One `ExecuteBatch` call: one result per command, in order. Never retried (not idempotent). */
  executeBatch(commands: readonly SyncCommand[], signal?: AbortSignal): Promise<SyncCommandResult[]>;
  /** Never throws. */
  logoff(signal?: AbortSignal): Promise<{ ok: boolean }>;
  /** Siebel sessions this port logged in (refused logins excluded) and logged off so far. */
  sessions(): { opened: number; closed: number };
  /** HTTP requests and body bytes this port exchanged so far (absent on fakes that do not count). */
  traffic?(): PortTraffic;
}

/** What one port sent and received: every POST (logins, retries and logoffs included). */
export interface PortTraffic {
  readonly requests: number;
  readonly bytesSent: number;
  readonly bytesReceived: number;
  /** Calls by purpose; absent where the port does not count them. */
  readonly calls?: PortCalls;
}

/**
 * Calls of a port's methods by purpose, each attempt counted (a page retried after a dropped
 * connection counts twice). A call is one request, plus one when Siebel rejected the session's
 * token and the session logged in again (`requests` counts those).
 */
export interface PortCalls {
  readonly metadata: number;
  readonly queries: number;
  readonly batches: number;
  readonly logoffs: number;
}

/** Sizes that shape speed and memory. */
export interface SyncTuning {
  /**
   * Records per QueryPage call for the record download. The server's `MaximumPageSize` bounds it
   * (learned from SBL-EAI-04447, or set in the wire profile): the smaller one is sent.
   */
  readonly pageSize: number;
  /** Records per QueryPage call for the Id-only deletion check (cheap rows, so larger pages), bounded the same way. */
  readonly idPageSize: number;
  /**
   * Subtracted from a type's server-time watermark for its next incremental query: covers records
   * committed with a stamp a little older than the newest one seen (field evidence §6).
   */
  readonly incrementalOverlapMs: number;
  /** Records collected before one `writeBatch` transaction. */
  readonly flushEvery: number;
  readonly retry: RetryPolicy;
  /**
   * Waits before logging in again when the server had no room for the run's main session
   * (SBL-SMI-00114): longer than `retry`, because room comes back only when another client of the
   * user ends a query or its run.
   */
  readonly sessionLimitRetry: RetryPolicy;
  /** Least time between two progress reports (the last one is always reported). */
  readonly progressIntervalMs: number;
  /** Timeout of the logoff call, which never uses the run's (maybe aborted) signal. */
  readonly logoffTimeoutMs: number;
}

/** Default sizes: 500 records a page, 5000 ids a page (docs/performance.md), a transaction every 1,000 records. */
export const DEFAULT_TUNING: SyncTuning = {
  pageSize: 500,
  idPageSize: 5000,
  flushEvery: 1000,
  incrementalOverlapMs: 5 * 60 * 1000,
  retry: { retries: 3, baseDelayMs: 1000, maxDelayMs: 8000 },
  // 2, 4, 8, 16, 30, 30 s: about 90 s for another client of the user to free a session.
  sessionLimitRetry: { retries: 6, baseDelayMs: 2000, maxDelayMs: 30_000 },
  progressIntervalMs: 100,
  logoffTimeoutMs: 10_000,
};

/** Everything one run needs; `runSync` performs effects only through these. */
export interface SyncRuntime {
  readonly store: Store;
  /** Whose data this run synchronizes (server URL normalized). */
  readonly identity: Identity;
  readonly full: boolean;
  /** The user agreed that replacing the database may drop its unsent local changes. */
  readonly discardPendingChanges?: boolean;
  /** The chosen filter preset's name; `null` = the package default. */
  readonly filterPreset?: string | null;
  /** Hours between two full Id listings of a type; absent = `DEFAULT_SYNC_SETTINGS` (24), 0 = every run. */
  readonly deletionCheckHours?: number;
  /** The Action field carrying a shared item's key; absent = `DEFAULT_SHARE_KEY_FIELD`. */
  readonly shareKeyField?: string;
  /** A new session object; it logs in with its first call. Called once per session the run uses. */
  openSession(): SiebelPort;
  /**
   * How the deployment's services are published. The sync layer reads three of its settings: how
   * criteria name fields (`queryCriteria`), the known `maximumPageSize` and `maximumSessions`.
   */
  readonly wireProfile: WireProfile;
  parsePackage(files: readonly PackageFile[]): Promise<CustomizationPackage>;
  /** Whether a failed call may succeed when repeated unchanged (siebel's `isTransientError`). */
  isTransient(error: unknown): boolean;
  readonly clock: Clock;
  readonly random: () => number;
  readonly signal?: AbortSignal;
  onProgress?(progress: SyncProgress): void;
  readonly tuning: SyncTuning;
}
