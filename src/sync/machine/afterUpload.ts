import { PendingChangesError } from '../errors/PendingChangesError';
import type { SyncContext, SyncEvent } from './types';
import { metadataRequest, toLoggingOut, type StepResult } from './steps';

/**
 * Takes the upload's result into the run. A run that will replace the database (full
 * resynchronization) and still has unsent changes stops here unless the user agreed to discard
 * them; otherwise the metadata check follows as usual.
 */
export function afterUpload(ctx: SyncContext, event: Extract<SyncEvent, { type: 'uploaded' }>): StepResult {
  const next: SyncContext = {
    ...ctx,
    uploads: event.uploads,
    issues: [...ctx.issues, ...event.issues],
    pendingChanges: event.pendingChanges,
  };
  if (next.kind === 'initial') {
    const guard = pendingGuard(next);
    if (guard) return guard;
  }
  return [{ phase: 'checkingMetadata', ctx: next }, [metadataRequest(next)]];
}

/** Stops a run about to build a new database while changes are unsent and the user did not agree to lose them. */
export function pendingGuard(ctx: SyncContext): StepResult | null {
  if (ctx.pendingChanges === 0 || ctx.discardPendingChanges) return null;
  return toLoggingOut(ctx, 'failed', new PendingChangesError(ctx.pendingChanges, ctx.reason === 'identityChanged'));
}
