import { assertNever } from '../../shared';
import { startRun } from './startRun';
import { commitEffect, downloadEffect, metadataRequest, startDownloading, toLoggingOut } from './steps';
import { afterMetadata, afterPackageParsed } from './packageDecision';
import { afterUpload } from './afterUpload';
import type { SyncContext, SyncEffect, SyncEvent, SyncState } from './types';

type Result = [SyncState, SyncEffect[]];

/**
 * Computes the next state and the effects to perform. This is a pure function that does not
 * execute effects (xstate's `transition`): no I/O, no clock, no randomness.
 * An event that makes no sense in the current phase leaves the state unchanged with no effects.
 *
 * @example
 * const [next, effects] = transition({ phase: 'idle' }, { type: 'start', input });
 */
export function transition(state: SyncState, event: SyncEvent): Result {
  if (state.phase === 'idle') return event.type === 'start' ? startRun(event.input) : [state, []];
  if (state.phase === 'done' || state.phase === 'failed' || state.phase === 'cancelled') return [state, []];
  if (state.phase === 'loggingOut') return fromLoggingOut(state, event);
  if (event.type === 'effectFailed') return toLoggingOut(state.ctx, 'failed', event.error);
  if (event.type === 'cancel') return toLoggingOut(state.ctx, 'cancelled', undefined);
  switch (state.phase) {
    case 'connecting':
      if (event.type !== 'sessionOpened') return [state, []];
      return state.upload
        ? [{ phase: 'uploading', ctx: state.ctx }, [{ type: 'upload', kind: state.ctx.kind }]]
        : [{ phase: 'checkingMetadata', ctx: state.ctx }, [metadataRequest(state.ctx)]];
    case 'uploading':
      return event.type === 'uploaded' ? afterUpload(state.ctx, event) : [state, []];
    case 'checkingMetadata':
      return event.type === 'metadataReceived' ? afterMetadata(state.ctx, event.answer) : [state, []];
    case 'applyingPackage':
      return fromApplyingPackage(state, event);
    case 'downloading':
      return fromDownloading(state, event);
    case 'removingDeleted':
      return fromRemovingDeleted(state, event);
    case 'committing':
      return event.type === 'committed' ? toLoggingOut(state.ctx, 'succeeded', undefined) : [state, []];
    default:
      return assertNever(state, 'sync state');
  }
}

function fromApplyingPackage(state: Extract<SyncState, { phase: 'applyingPackage' }>, event: SyncEvent): Result {
  if (state.step === 'parsing' && event.type === 'packageParsed') return afterPackageParsed(state.ctx, event.pkg);
  if (
    (state.step === 'installing' && event.type === 'packageInstalled') ||
    (state.step === 'preparingStaging' && event.type === 'stagingReady')
  ) {
    return startDownloading(state.ctx, state.typeIds);
  }
  return [state, []];
}

function fromDownloading(state: Extract<SyncState, { phase: 'downloading' }>, event: SyncEvent): Result {
  const typeId = state.typeIds[state.index];
  if (event.type !== 'typeDownloaded' || event.typeId !== typeId) return [state, []];
  const previous = state.ctx.counts[typeId] ?? { added: 0, changed: 0, removed: 0 };
  const ctx: SyncContext = {
    ...state.ctx,
    counts: {
      ...state.ctx.counts,
      [typeId]: {
        ...previous,
        added: previous.added + event.added,
        changed: previous.changed + event.changed,
        removed: previous.removed + (event.removed ?? 0),
      },
    },
    issues: [...state.ctx.issues, ...event.issues],
  };
  // A type whose SyncFrequency has not elapsed was not asked for: nor is its deletion check.
  if (event.skipped) return nextDownloadOrCommit(ctx, state.typeIds, state.index + 1);
  // Incremental: each type's deletion check follows its download at once, so the download can start
  // the type's Id listing while its last changes are written (effects/downloadType.ts).
  if (ctx.kind === 'incremental')
    return [
      { phase: 'removingDeleted', ctx, typeIds: state.typeIds, index: state.index },
      [{ type: 'removeDeleted', typeId }],
    ];
  // An initial run starts from an empty database: nothing local can be stale.
  return nextDownloadOrCommit(ctx, state.typeIds, state.index + 1);
}

/** The download of the type at `index`, or the commit after the last one. */
function nextDownloadOrCommit(ctx: SyncContext, typeIds: readonly string[], index: number): Result {
  if (index < typeIds.length)
    return [{ phase: 'downloading', ctx, typeIds, index }, [downloadEffect(ctx, typeIds[index])]];
  return [{ phase: 'committing', ctx }, [commitEffect(ctx)]];
}

function fromRemovingDeleted(state: Extract<SyncState, { phase: 'removingDeleted' }>, event: SyncEvent): Result {
  const typeId = state.typeIds[state.index];
  if (event.type !== 'deletionsRemoved' || event.typeId !== typeId) return [state, []];
  const previous = state.ctx.counts[typeId] ?? { added: 0, changed: 0, removed: 0 };
  const ctx: SyncContext = {
    ...state.ctx,
    counts: {
      ...state.ctx.counts,
      [typeId]: {
        ...previous,
        added: previous.added + event.added,
        removed: previous.removed + event.removed,
        ...(event.check ? { deletionCheck: event.check } : {}),
      },
    },
    issues: [...state.ctx.issues, ...event.issues],
  };
  return nextDownloadOrCommit(ctx, state.typeIds, state.index + 1);
}

function fromLoggingOut(state: Extract<SyncState, { phase: 'loggingOut' }>, event: SyncEvent): Result {
  // A failing logoff must not hide the run's own outcome.
  if (event.type !== 'loggedOff' && event.type !== 'effectFailed') return [state, []];
  switch (state.outcome) {
    case 'succeeded':
      return [{ phase: 'done', ctx: state.ctx }, []];
    case 'failed':
      return [{ phase: 'failed', ctx: state.ctx, error: state.error }, []];
    case 'cancelled':
      return [{ phase: 'cancelled', ctx: state.ctx }, []];
    default:
      return assertNever(state.outcome, 'outcome');
  }
}
