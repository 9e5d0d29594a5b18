/*
 * What the other layers (task pane, ribbon commands, CLI) use of the engine. Everything else is
 * internal to `sync`; tests import it by path.
 */

/* The engine */
export { createSyncEngine } from './createSyncEngine';
export type { SyncConnection, SyncEngine } from './createSyncEngine';
export type { SyncProgress, SyncReport, TypeProgress } from './machine/types';
export { startSyncWorker } from './worker/startSyncWorker';
export { sameIdentity } from './identity';

/* Settings the host keeps in roaming settings */
export { DEFAULT_DEPLOYMENT, parseDeployment, withDeployment } from './settings/deployment';
export type { Deployment } from './settings/deployment';
export { DEFAULT_SHARE_SETTINGS, type ShareSettings } from './settings/shareSettings';
export {
  DEFAULT_ADMIN_SETTINGS,
  DEFAULT_MAP_URL,
  isOffLockedServer,
  lockedServerUrl,
  mapSearchUrl,
  openInSiebelUrl,
  parseAdminSettings,
  throttleAt,
  type AdminSettings,
  type ThrottleWindow,
} from './settings/adminSettings';

/* Progress: the channel between runtimes (its wording is i18n's: src/i18n/progressWording.ts) */
export { subscribeToSyncProgress, closeSyncProgressChannel } from './progress/progressChannel';

/* Local changes: edits, sharing Outlook items, resolving synchronization issues (contract: local/types.ts) */
export { createRecord } from './local/createRecord';
export { updateRecord } from './local/updateRecord';
export { deleteRecord } from './local/deleteRecord';
export { shareItem } from './local/shareItem';
export { shareState } from './local/shareState';
export { resolveIssue } from './conflicts/resolveIssue';
export type { IssueResolution, ShareRequest, ShareState } from './local/types';

/* Record values as stored and as sent (the browser model schedules read and plan with them) */
export { toStoredValue } from './download/mapWireRecord';
export { planUpload } from './upload/planUpload';

/* One-shot checks (task pane Connect, ribbon placeholder) */
export { checkMetadata } from './package/checkMetadata';
export { testConnection } from './session/testConnection';
export type { ConnectionTestResult } from './session/testConnection';

/* Errors */
export { DeploymentSettingsError } from './errors/DeploymentSettingsError';
export { InvalidFilterError } from './errors/InvalidFilterError';
export { NoPublishedPackageError } from './errors/NoPublishedPackageError';
export { SyncCancelledError } from './errors/SyncCancelledError';
export { SyncAlreadyRunningError } from './errors/SyncAlreadyRunningError';
export { SharingUnavailableError } from './errors/SharingUnavailableError';
export { PendingChangesError } from './errors/PendingChangesError';
export { RecordValidationError } from './errors/RecordValidationError';
export { InvalidResolutionError } from './errors/InvalidResolutionError';
export {
  buildDiagnosticReport,
  DIAGNOSTIC_RUNS,
  readLocalDiagnostics,
  type DiagnosticInput,
} from './diagnostics/diagnosticReport';
