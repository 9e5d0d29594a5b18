import type { SyncEngine, SyncStatus } from '../createSyncEngine';
import { SyncAlreadyRunningError } from '../errors/SyncAlreadyRunningError';
import type { SyncProgress, SyncReport } from '../machine/types';
import type { FromSyncWorker, MessagePortLike, ToSyncWorker } from './workerProtocol';

interface Pending {
  resolve(value: SyncReport | SyncStatus): void;
  reject(error: Error): void;
  onProgress?: (progress: SyncProgress) => void;
}

/**
 * A {@link SyncEngine} whose runs happen in a worker that calls {@link serveSyncEngine} (see
 * `syncWorker.ts`). Same contract as `createSyncEngine`: progress is relayed to `onProgress`,
 * aborting `signal` cancels the run, a second run rejects with `SyncAlreadyRunningError`.
 *
 * @example
 * const engine = createWorkerSyncEngine(new Worker(new URL('./syncWorker.ts', import.meta.url)));
 */
export function createWorkerSyncEngine(worker: MessagePortLike<FromSyncWorker, ToSyncWorker>): SyncEngine {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  worker.addEventListener('message', ({ data }) => {
    const waiting = pending.get(data.id);
    if (!waiting) return;
    if (data.type === 'progress') {
      waiting.onProgress?.(data.progress);
      return;
    }
    pending.delete(data.id);
    if (data.type === 'report') waiting.resolve(data.report);
    else if (data.type === 'status') waiting.resolve(data.status);
    else if (data.type === 'alreadyRunning') waiting.reject(new SyncAlreadyRunningError());
    else waiting.reject(new Error(`The synchronization worker failed: ${data.message}`));
  });
  const ask = <T extends SyncReport | SyncStatus>(
    message: ToSyncWorker,
    onProgress?: (progress: SyncProgress) => void,
  ) =>
    new Promise<T>((resolve, reject) => {
      pending.set(message.id, { resolve: resolve as Pending['resolve'], reject, onProgress });
      worker.postMessage(message);
    });
  return {
    synchronize: ({ signal, onProgress, ...options }) => {
      const id = nextId++;
      // Only plain data crosses to the worker; the abort is forwarded as a message.
      const onAbort = () =>
        worker.postMessage({
          type: 'abort',
          id,
          reason: signal?.reason instanceof Error ? signal.reason.message : 'Cancelled',
        });
      signal?.addEventListener('abort', onAbort, { once: true });
      return ask<SyncReport>({ type: 'synchronize', id, options }, onProgress).finally(() =>
        signal?.removeEventListener('abort', onAbort),
      );
    },
    status: () => ask<SyncStatus>({ type: 'status', id: nextId++ }),
  };
}
