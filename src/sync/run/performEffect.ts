import { assertNever } from '../../shared';
import { withRetry } from '../session/backoff';
import { retryWithoutRoom } from './retryWithoutRoom';
import { settlePrefetchedChanges } from '../download/changesPrefetch';
import type { Workspace } from './Workspace';
import { countRetry } from './countRetry';
import type { SyncEffect, SyncEvent, SyncState } from '../machine/types';
import { installPackage, prepareStaging } from '../package/applyPackage';
import { commit } from './commit';
import { downloadType } from '../download/downloadType';
import { removeDeleted } from '../download/deletions/removeDeleted';
import { upload } from '../upload/upload';

/**
 * Performs one effect and describes its result as an event. Failures are not caught here:
 * `runSync` turns them into `effectFailed` (or `cancel` after an abort).
 */
export async function performEffect(ws: Workspace, state: SyncState, effect: SyncEffect): Promise<SyncEvent> {
  const ctx = state.phase === 'idle' ? null : state.ctx;
  switch (effect.type) {
    case 'openSession':
      ws.siebel = ws.runtime.openSession();
      return { type: 'sessionOpened' };
    case 'upload':
      return upload(ws, effect.kind);
    case 'downloadMetadata': {
      ws.progress.enter('checkingMetadata', ctx?.kind ?? null);
      const { type: _type, ...request } = effect;
      const siebel = ws.siebel;
      if (!siebel) throw new Error('No Siebel session is open');
      const { runtime } = ws;
      // The run's first call logs in: a server without room for the session is waited for.
      const answer = await retryWithoutRoom(runtime, () =>
        withRetry(() => siebel.downloadMetadata(request, runtime.signal), {
          clock: runtime.clock,
          random: runtime.random,
          isTransient: runtime.isTransient,
          signal: runtime.signal,
          policy: runtime.tuning.retry,
          onRetry: () => countRetry(ws),
        }),
      );
      return { type: 'metadataReceived', answer };
    }
    case 'parsePackage':
      ws.progress.enter('applyingPackage', ctx?.kind ?? null);
      return { type: 'packageParsed', pkg: await ws.runtime.parsePackage(effect.files) };
    case 'installPackage':
      await installPackage(ws, requireCtx(ctx), effect.pkg);
      return { type: 'packageInstalled' };
    case 'prepareStaging':
      return { type: 'stagingReady', ...(await prepareStaging(ws, requireCtx(ctx), effect.pkg)) };
    case 'downloadType':
      return downloadType(ws, effect.typeId, effect.mode);
    case 'removeDeleted':
      return removeDeleted(ws, effect.typeId);
    case 'commit':
      ws.progress.enter('committing', effect.kind);
      await commit(ws, effect);
      return { type: 'committed' };
    case 'logoff':
      ws.progress.enter('loggingOut', ctx?.kind ?? null);
      await ws.download?.settle();
      ws.download = null;
      await settlePrefetchedChanges(ws);
      // Nothing is in flight any more (downloads await their requests): every extra session of the
      // pool, then the main one. Fresh timeouts, never the run's signal: a cancelled run must still
      // free its sessions.
      await ws.sessions?.closeExtras();
      await ws.siebel?.logoff(AbortSignal.timeout(ws.runtime.tuning.logoffTimeoutMs));
      return { type: 'loggedOff' };
    default:
      return assertNever(effect, 'sync effect');
  }
}

function requireCtx<T>(ctx: T | null): T {
  if (ctx === null) throw new Error('The effect needs a running synchronization');
  return ctx;
}
