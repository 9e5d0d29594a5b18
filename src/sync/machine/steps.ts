import type { SyncContext, SyncEffect, SyncOutcome, SyncState } from './types';

/** A transition's result. */
export type StepResult = [SyncState, SyncEffect[]];

/** The DownloadMetadataFiles arguments: cached ids on an incremental run, empty ones on an initial run. */
export function metadataRequest(ctx: SyncContext): SyncEffect {
  // Empty ids make the server resolve login → responsibility → package again (a new identity may map elsewhere).
  const cached = ctx.kind === 'incremental' ? ctx.installed : null;
  return {
    type: 'downloadMetadata',
    packageId: cached?.packageId ?? '',
    responsibilityId: cached?.responsibilityId ?? '',
    hashValue: cached?.hashValue ?? '',
  };
}

/** First download of a run, or straight to committing when the package synchronizes no type. */
export function startDownloading(ctx: SyncContext, typeIds: readonly string[]): StepResult {
  if (typeIds.length === 0) return [{ phase: 'committing', ctx }, [commitEffect(ctx)]];
  return [{ phase: 'downloading', ctx, typeIds, index: 0 }, [downloadEffect(ctx, typeIds[0])]];
}

/**
 * Download of one type: everything (initial), or what changed since the type's watermark — a
 * server time the effect reads from the store, never the client's clock (field evidence §6).
 */
export function downloadEffect(ctx: SyncContext, typeId: string): SyncEffect {
  const incremental = ctx.kind === 'incremental' && ctx.lastSyncStartedAtMs !== null;
  return { type: 'downloadType', typeId, mode: incremental ? 'incremental' : 'initial' };
}

/** Saves the run's package ids and start time (and swaps in the staging database on an initial run). */
export function commitEffect(ctx: SyncContext): SyncEffect {
  return {
    type: 'commit',
    kind: ctx.kind,
    packageId: ctx.packageId,
    responsibilityId: ctx.responsibilityId,
    hashValue: ctx.hashValue,
    startedAtMs: ctx.startedAtMs,
  };
}

/** Every run that got past idle logs off, whatever the outcome (a Siebel session holds a server slot). */
export function toLoggingOut(ctx: SyncContext, outcome: SyncOutcome, error: unknown): StepResult {
  return [{ phase: 'loggingOut', ctx, outcome, error }, [{ type: 'logoff' }]];
}
