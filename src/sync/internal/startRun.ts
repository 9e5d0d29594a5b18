import type { InitialSyncReason, SyncContext, SyncStartInput } from '../types';
import type { StepResult } from './steps';

/** Decides initial vs incremental from the local facts and asks for a session. */
export function startRun(input: SyncStartInput): StepResult {
  const reason = initialReason(input);
  const installed = input.active?.installed ?? null;
  const incremental = reason === null && installed !== null;
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
  };
  return [{ phase: 'connecting', ctx }, [{ type: 'openSession' }]];
}

function initialReason(input: SyncStartInput): InitialSyncReason | null {
  if (input.active === null || input.active.installed === null) return 'firstUse';
  if (!input.active.identityMatches) return 'identityChanged';
  if (input.full) return 'fullRequested';
  return null;
}
