/* The engine */
export { createSyncEngine } from './createSyncEngine';
export type { SyncConnection, SyncEngine, SyncEngineOptions, SyncStatus, SynchronizeOptions } from './createSyncEngine';
export { runSync } from './runSync';
export { createSiebelPort } from './createSiebelPort';
export { DEFAULT_TUNING } from './ports';
export { DEFAULT_DEPLOYMENT, parseDeployment, withDeployment } from './deployment';
export type { Deployment } from './deployment';
export { DEFAULT_SYNC_SETTINGS, parseSyncSettings, type SyncSettings } from './syncSettings';
export { DEFAULT_SHARE_SETTINGS, parseShareSettings, type ShareSettings } from './shareSettings';
export { DeploymentSettingsError } from './errors/DeploymentSettingsError';
export type { SiebelPort, SyncRuntime, SyncTuning } from './ports';
export { needsInitialSync } from './needsInitialSync';
export { normalizeServerUrl, sameIdentity } from './identity';
export { subscribeToSyncProgress, broadcastSyncProgress, closeSyncProgressChannel } from './progressChannel';
export { describeProgress, pluralLabel, recordsText } from './progressWording';
export { withSyncLock, SYNC_LOCK_NAME } from './syncLock';
export type { LockManagerLike } from './syncLock';

/* The engine in a dedicated worker (keeps the task pane's main thread free) */
export { createWorkerSyncEngine } from './worker/createWorkerSyncEngine';
export { startSyncWorker } from './worker/startSyncWorker';
export { serveSyncEngine } from './worker/serveSyncEngine';
export type { FromSyncWorker, MessagePortLike, PlainSynchronizeOptions, ToSyncWorker } from './worker/workerProtocol';

/* The machine */
export { transition } from './transition';
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
  SyncTraffic,
  SyncStartInput,
  SyncState,
  UploadCounts,
} from './types';

/* Local changes: edits, sharing Outlook items, resolving synchronization issues (contract: local/types.ts) */
export { createRecord } from './local/createRecord';
export { updateRecord } from './local/updateRecord';
export { deleteRecord } from './local/deleteRecord';
export { shareItem } from './local/shareItem';
export { shareState } from './local/shareState';
export { resolveIssue } from './local/resolveIssue';
export { SHARE_COMMENT_MAX_CHARS, shareComment } from './local/shareValues';
export type {
  FieldProblems,
  IssueResolution,
  LocalChangesApi,
  LocalContext,
  ShareRequest,
  ShareState,
} from './local/types';

/* Upload building blocks (pure) */
export { planUpload } from './upload/planUpload';
export { chunk } from './internal/chunk';
export type { UploadWave } from './upload/planUpload';
export { encodeCommand } from './upload/encodeCommand';
export { toWireText } from './upload/toWireText';
export { mergeWithServer, sameValue } from './upload/mergeWithServer';
export type { MergeResult } from './upload/mergeWithServer';
export { classifyCommandError } from './upload/classifyCommandError';
export type { CommandErrorClass } from './upload/classifyCommandError';

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
export { NoPublishedPackageError } from './errors/NoPublishedPackageError';
export { SyncCancelledError } from './errors/SyncCancelledError';
export { SyncAlreadyRunningError } from './errors/SyncAlreadyRunningError';
export { SharingUnavailableError } from './errors/SharingUnavailableError';
export { PendingChangesError } from './errors/PendingChangesError';
export { RecordValidationError } from './errors/RecordValidationError';
export { InvalidResolutionError } from './errors/InvalidResolutionError';
