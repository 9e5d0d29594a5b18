import { parsePackage } from '../metadata';
import { DEFAULT_WIRE_PROFILE, isTransientError, type WireProfile } from '../siebel';
import type { Store, SyncLogEntry } from '../store';
import { systemClock, type Clock } from '../shared';
import { createSiebelPort } from './session/createSiebelPort';
import { pacedFetch } from './session/pacedFetch';
import { normalizeServerUrl } from './identity';
import { DEFAULT_TUNING, type SiebelPort, type SyncTuning } from './ports';
import { broadcastSyncProgress } from './progress/progressChannel';
import { runSync } from './run/runSync';
import { isSyncLockHeld, withSyncLock, type LockManagerLike } from './run/syncLock';
import type { SyncProgress, SyncReport } from './machine/types';

/** Where and as whom to synchronize. The password stays in memory for the run only. */
export interface SyncConnection {
  readonly endpointUrl: string;
  readonly userName: string;
  readonly password: string;
  /** Per-request timeout in milliseconds (the siebel layer's default when absent). */
  readonly timeoutMs?: number;
  /** How the deployment's Siebel services are published (the deployment file); the default profile when absent. */
  readonly wireProfile?: WireProfile;
  /**
   * Milliseconds waited before each request to Siebel: the administrator's throttling window in
   * force when the run starts (deployment file `admin.throttling`); none when absent or 0.
   */
  readonly requestDelayMs?: number;
}

/** Options of `engine.synchronize`. */
export interface SynchronizeOptions {
  readonly connection: SyncConnection;
  /** Force an initial synchronization into a new database. */
  readonly full?: boolean;
  /**
   * The user's explicit consent that a run replacing the local database (another login, `full`,
   * a schema change) may drop local changes still unsent after the upload. Without it such a run
   * stops with `PendingChangesError` (report `error.code` 'PendingChanges', `error.pendingCount`).
   */
  readonly discardPendingChanges?: boolean;
  /**
   * The `name` of the package's filter preset to synchronize with (e.g. `#preset_upcoming_activities`);
   * absent or unknown → the package's default preset. A changed preset needs no full sync: the next
   * run's Id listing removes records outside it and fetches the ones that came into it.
   */
  readonly filterPreset?: string;
  /**
   * Hours between two full Id listings of a type (deployment file `sync.deletionCheckHours`,
   * docs/sync.md); absent = 24, 0 = every run.
   */
  readonly deletionCheckHours?: number;
  /** The Action field carrying a shared item's key (deployment file `share.keyField`); absent = `DEFAULT_SHARE_KEY_FIELD`. */
  readonly shareKeyField?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: SyncProgress) => void;
}

/** What `engine.status()` tells. */
export interface SyncStatus {
  readonly running: boolean;
  /** The newest sync log entry (maybe the running one). */
  readonly lastRun: SyncLogEntry | null;
}

/** Options of `createSyncEngine`; everything but the store has a real default. */
export interface SyncEngineOptions {
  readonly store: Store;
  readonly clock?: Clock;
  /** Jitter of retry delays; `Math.random` by default. */
  readonly random?: () => number;
  readonly fetch?: typeof fetch;
  /** Web Locks; `navigator.locks` by default, `null` for the in-process lock only. */
  readonly locks?: LockManagerLike | null;
  readonly tuning?: Partial<SyncTuning>;
  /** Replaces the Siebel side (unit tests). */
  readonly openSession?: (connection: SyncConnection) => SiebelPort;
}

/** The synchronization facade for the task pane, the ribbon and the command-line tool. */
export interface SyncEngine {
  /** Runs one synchronization; rejects only with `SyncAlreadyRunningError`, else resolves with the report. */
  synchronize(options: SynchronizeOptions): Promise<SyncReport>;
  status(): Promise<SyncStatus>;
}

/**
 * Creates the engine. One synchronization runs at a time across windows; progress also goes
 * to `subscribeToSyncProgress` listeners.
 *
 * @example
 * const engine = createSyncEngine({ store: await openStore() });
 * const report = await engine.synchronize({ connection: { endpointUrl, userName, password }, onProgress });
 */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const clock = options.clock ?? systemClock;
  const tuning: SyncTuning = { ...DEFAULT_TUNING, ...options.tuning };
  let running = false;
  return {
    synchronize: (request) =>
      withSyncLock(async () => {
        running = true;
        try {
          return await runSync({
            store: options.store,
            identity: {
              userName: request.connection.userName.trim(),
              serverUrl: normalizeServerUrl(request.connection.endpointUrl),
            },
            full: request.full ?? false,
            discardPendingChanges: request.discardPendingChanges ?? false,
            filterPreset: request.filterPreset ?? null,
            ...(request.deletionCheckHours === undefined ? {} : { deletionCheckHours: request.deletionCheckHours }),
            ...(request.shareKeyField === undefined ? {} : { shareKeyField: request.shareKeyField }),
            openSession: () =>
              options.openSession?.(request.connection) ??
              createSiebelPort({
                ...request.connection,
                ...fetchOption(options.fetch, request.connection.requestDelayMs ?? 0),
              }),
            wireProfile: request.connection.wireProfile ?? DEFAULT_WIRE_PROFILE,
            parsePackage: (files) => parsePackage(files),
            isTransient: isTransientError,
            clock,
            random: options.random ?? Math.random,
            signal: request.signal,
            onProgress: (progress) => {
              request.onProgress?.(progress);
              broadcastSyncProgress(progress);
            },
            tuning,
          });
        } finally {
          running = false;
        }
      }, options.locks),
    status: async () => ({
      running: running || isSyncLockHeld(),
      lastRun: (await options.store.listSyncLog(1))[0] ?? null,
    }),
  };
}

/** The engine's fetch, paced by the administrator's delay between requests when one is in force. */
function fetchOption(custom: typeof fetch | undefined, delayMs: number): { fetch?: typeof fetch } {
  if (delayMs <= 0) return custom ? { fetch: custom } : {};
  const inner = custom ?? globalThis.fetch.bind(globalThis);
  return { fetch: pacedFetch(inner, delayMs) };
}
