import type { SyncEngine } from '../createSyncEngine';
import { createWorkerSyncEngine } from './createWorkerSyncEngine';

/**
 * Starts the dedicated sync worker (`syncWorker.ts`, bundled by webpack 5 as its own chunk) and
 * returns the engine that drives it: what the task pane should use in a browser, so that a large
 * synchronization never blocks the UI. Call once per window; `terminate` stops the worker.
 *
 * @example
 * const { engine } = startSyncWorker();
 * await engine.synchronize({ connection, onProgress });
 */
export function startSyncWorker(): { engine: SyncEngine; terminate(): void } {
  const worker = new Worker(new URL('./syncWorker.ts', import.meta.url));
  return { engine: createWorkerSyncEngine(worker), terminate: () => worker.terminate() };
}
