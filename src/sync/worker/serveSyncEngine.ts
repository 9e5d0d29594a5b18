import type { SyncEngine } from '../createSyncEngine';
import { SyncAlreadyRunningError } from '../errors/SyncAlreadyRunningError';
import type { FromSyncWorker, MessagePortLike, ToSyncWorker } from './workerProtocol';

/**
 * Worker side of {@link createWorkerSyncEngine}: answers the main thread's messages with `engine`.
 * Running the engine in a dedicated worker takes the download, parsing and IndexedDB writes
 * (whose value cloning is the main cost) off the task pane's main thread (docs/performance.md).
 */
export function serveSyncEngine(scope: MessagePortLike<ToSyncWorker, FromSyncWorker>, engine: SyncEngine): void {
  const running = new Map<number, AbortController>();
  scope.addEventListener('message', ({ data }) => {
    switch (data.type) {
      case 'synchronize': {
        const controller = new AbortController();
        running.set(data.id, controller);
        const { id } = data;
        engine
          .synchronize({
            ...data.options,
            signal: controller.signal,
            onProgress: (progress) => scope.postMessage({ type: 'progress', id, progress }),
          })
          .then(
            (report) => scope.postMessage({ type: 'report', id, report }),
            (error: unknown) =>
              scope.postMessage(
                error instanceof SyncAlreadyRunningError
                  ? { type: 'alreadyRunning', id }
                  : { type: 'failed', id, message: error instanceof Error ? error.message : String(error) },
              ),
          )
          .finally(() => running.delete(id));
        break;
      }
      case 'abort':
        running.get(data.id)?.abort(new Error(data.reason));
        break;
      case 'status':
        void engine.status().then((status) => scope.postMessage({ type: 'status', id: data.id, status }));
        break;
    }
  });
}
