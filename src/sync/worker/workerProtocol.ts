import type { SynchronizeOptions, SyncStatus } from '../createSyncEngine';
import type { SyncProgress, SyncReport } from '../machine/types';

/** The options of a run that can cross to the worker: all but the signal and the callback (plain data). */
export type PlainSynchronizeOptions = Omit<SynchronizeOptions, 'signal' | 'onProgress'>;

/** Main thread → sync worker. */
export type ToSyncWorker =
  | { readonly type: 'synchronize'; readonly id: number; readonly options: PlainSynchronizeOptions }
  | { readonly type: 'abort'; readonly id: number; readonly reason: string }
  | { readonly type: 'status'; readonly id: number };

/** Sync worker → main thread. */
export type FromSyncWorker =
  | { readonly type: 'progress'; readonly id: number; readonly progress: SyncProgress }
  | { readonly type: 'report'; readonly id: number; readonly report: SyncReport }
  | { readonly type: 'alreadyRunning'; readonly id: number }
  | { readonly type: 'failed'; readonly id: number; readonly message: string }
  | { readonly type: 'status'; readonly id: number; readonly status: SyncStatus };

/** The part of a `Worker` (main side) or of a worker's global scope (worker side) the protocol uses. */
export interface MessagePortLike<In, Out> {
  postMessage(message: Out): void;
  addEventListener(type: 'message', listener: (event: { data: In }) => void): void;
}
