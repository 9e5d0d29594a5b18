/* The engine */
export { createSyncEngine } from './createSyncEngine';
export type { SyncConnection, SyncEngine, SyncEngineOptions, SyncStatus, SynchronizeOptions } from './createSyncEngine';
export { runSync } from './runSync';
export { createSiebelPort } from './createSiebelPort';
export { DEFAULT_TUNING } from './ports';
export type { SiebelPort, SyncRuntime, SyncTuning } from './ports';
export { needsInitialSync } from './needsInitialSync';
export { normalizeServerUrl, sameIdentity } from './identity';
export { subscribeToSyncProgress, broadcastSyncProgress, closeSyncProgressChannel } from './progressChannel';
export { withSyncLock, SYNC_LOCK_NAME } from './syncLock';
export type { LockManagerLike } from './syncLock';

/* The engine in a dedicated worker (keeps the task pane's main thread free) */
export { createWorkerSyncEngine } from './worker/createWorkerSyncEngine';
export { startSyncWorker } from './worker/startSyncWorker';
export { serveSyncEngine } from './worker/serveSyncEngine';
export type { FromSyncWorker, MessagePortLike, PlainSynchronizeOptions, ToSyncWorker } from './worker/workerProtocol';

/* The machine */
export { transition, INCREMENTAL_OVERLAP_MS } from './transition';
export type {
  InitialSyncReason,
  InstalledPackageRef,
  SyncContext,
  SyncEffect,
  SyncErrorInfo,
  SyncEvent,
  SyncIssue,
  SyncKind,
  SyncOutcome,
  SyncPhase,
  SyncProgress,
  SyncReport,
  SyncStartInput,
  SyncState,
  TypeCounts,
} from './types';

/* Building blocks */
export { andSearchSpecs, buildSearchSpec, fieldReference, quoteSiebel } from './buildSearchSpec';
export { mapWireRecord, toStoredValue } from './mapWireRecord';
export type { MappedRecord } from './mapWireRecord';
export { formatSiebelDate, formatSiebelDateTime, siebelDateToIso, siebelDateToMs } from './siebelDate';
export { backoffDelay, withRetry, DEFAULT_RETRY_POLICY } from './backoff';
export type { RetryPolicy } from './backoff';
export { querySignature, resumePoint } from './resumePoint';
export type { ResumePlan, TypeCheckpoint } from './resumePoint';

/* One-shot checks (task pane Connect, ribbon placeholder) */
export { checkMetadata } from './checkMetadata';
export { testConnection } from './testConnection';
export type { ConnectionProblem, ConnectionTestResult, TestConnectionOptions } from './testConnection';

/* Errors */
export { InvalidFilterError } from './errors/InvalidFilterError';
export { PackageMissingError } from './errors/PackageMissingError';
export { SyncCancelledError } from './errors/SyncCancelledError';
export { SyncAlreadyRunningError } from './errors/SyncAlreadyRunningError';
