import { PendingChangesError } from '../errors/PendingChangesError';
import type { InitialSyncReason, SyncContext, SyncStartInput } from './types';
import type { StepResult } from './steps';

/**
 * Decides initial vs incremental from the local facts and asks for a session. Local changes are
 * sent first when the active database belongs to this login and has its package; a run that
 * cannot send them (another login) and would replace the database stops at once, unless the user
 * agreed to discard them.
 */
export function startRun(input: SyncStartInput): StepResult {
  const reason = initialReason(input);
  const installed = input.active?.installed ?? null;
  const incremental = reason === null && installed !== null;
  const pendingChanges = input.active?.pendingChanges ?? 0;
  const discardPendingChanges = input.discardPendingChanges ?? false;
  const ctx: SyncContext = {
    kind: incremental ? 'incremental' : 'initial',
    reason,
    startedAtMs: input.startedAtMs,
    installed,
    lastSyncStartedAtMs: input.active?.lastSyncStartedAtMs ?? null,
    packageId: incremental ? installed.packageId : '',
    responsibilityId: incremental ? installed.responsibilityId : '',
    hashValue: incremental ? installed.hashValue : '',
    responsibilityChanged: false,
    counts: {},
    issues: [],
    uploads: { inserted: 0, updated: 0, deleted: 0, issues: 0 },
    pendingChanges,
    discardPendingChanges,
  };
  // A damaged local package (announced without ids) cannot encode commands: the changes wait for the repair.
  const canUpload =
    input.active !== null && input.active.identityMatches && installed !== null && installed.packageId !== '';
  if (!canUpload && pendingChanges > 0 && !discardPendingChanges && ctx.kind === 'initial') {
    return [{ phase: 'failed', ctx, error: new PendingChangesError(pendingChanges, reason === 'identityChanged') }, []];
  }
  const upload = canUpload && (input.active?.readyChanges ?? 0) > 0;
  return [{ phase: 'connecting', ctx, upload }, [{ type: 'openSession' }]];
}

function initialReason(input: SyncStartInput): InitialSyncReason | null {
  if (input.active === null || input.active.installed === null) return 'firstUse';
  if (!input.active.identityMatches) return 'identityChanged';
  if (input.full) return 'fullRequested';
  return null;
}
