import { afterEach, describe, expect, it } from 'vitest';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { SyncAlreadyRunningError } from '../../../src/sync';
import { createWorkerSyncEngine } from '../../../src/sync/worker/createWorkerSyncEngine';
import { serveSyncEngine } from '../../../src/sync/worker/serveSyncEngine';
import type { SyncEngine, SyncProgress, SyncReport } from '../../../src/sync';
import type { FromSyncWorker, MessagePortLike, ToSyncWorker } from '../../../src/sync/worker/workerProtocol';

const connection = { endpointUrl: 'https://crm.example.test/swe', userName: 'JSMITH', password: 'Welcome1' };
const report = (outcome: SyncReport['outcome']): SyncReport => ({
  kind: 'initial',
  reason: null,
  outcome,
  packageId: 'P',
  hashValue: 'H',
  responsibilityId: 'R',
  counts: {},
  durationMs: 5,
  sessions: { opened: 1, closed: 1 },
  issues: [],
});
const progress: SyncProgress = {
  phase: 'downloading',
  kind: 'initial',
  typeId: 'Account',
  recordsWritten: 10,
  pages: 1,
  recordsExpected: null,
  elapsedMs: 3,
};
const ports: MessagePort[] = [];

/** Both ends of a real message channel, shaped as a Worker (main side) and a worker scope. */
function pair(): {
  main: MessagePortLike<FromSyncWorker, ToSyncWorker>;
  worker: MessagePortLike<ToSyncWorker, FromSyncWorker>;
} {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  const wrap = <In, Out>(port: MessagePort): MessagePortLike<In, Out> => ({
    postMessage: (message) => port.postMessage(message),
    addEventListener: (_type, listener) => port.on('message', (data: In) => listener({ data })),
  });
  return { main: wrap(port1), worker: wrap(port2) };
}

afterEach(() => ports.splice(0).forEach((port) => port.close()));

describe('the sync engine behind a worker boundary', () => {
  it('relays the run options, the progress and the report of a run', async () => {
    const seen: unknown[] = [];
    const engine: SyncEngine = {
      synchronize: async (options) => {
        seen.push({ connection: options.connection, full: options.full });
        options.onProgress?.(progress);
        return report('succeeded');
      },
      status: async () => ({ running: false, lastRun: null }),
    };
    const { main, worker } = pair();
    serveSyncEngine(worker, engine);
    const received: SyncProgress[] = [];
    const result = await createWorkerSyncEngine(main).synchronize({
      connection,
      full: true,
      onProgress: (p) => received.push(p),
    });
    expect(result).toEqual(report('succeeded'));
    expect(received).toEqual([progress]);
    expect(seen).toEqual([{ connection, full: true }]);
  });

  it('forwards the consent to discard pending changes and brings back a PendingChanges error with its count', async () => {
    const seen: unknown[] = [];
    const refused: SyncReport = {
      ...report('failed'),
      error: { code: 'PendingChanges', message: 'Starting over stopped: 3 local change(s)…', pendingCount: 3 },
    };
    const engine: SyncEngine = {
      synchronize: async (options) => {
        seen.push(options.discardPendingChanges);
        return options.discardPendingChanges ? report('succeeded') : refused;
      },
      status: async () => ({ running: false, lastRun: null }),
    };
    const { main, worker } = pair();
    serveSyncEngine(worker, engine);
    const remote = createWorkerSyncEngine(main);
    expect(await remote.synchronize({ connection, full: true })).toEqual(refused);
    expect(await remote.synchronize({ connection, full: true, discardPendingChanges: true })).toEqual(
      report('succeeded'),
    );
    expect(seen).toEqual([undefined, true]);
  });

  it('cancels the run in the worker when the caller aborts its signal', async () => {
    const engine: SyncEngine = {
      synchronize: (options) =>
        new Promise((resolve) =>
          options.signal?.addEventListener('abort', () => resolve(report('cancelled')), { once: true }),
        ),
      status: async () => ({ running: true, lastRun: null }),
    };
    const { main, worker } = pair();
    serveSyncEngine(worker, engine);
    const controller = new AbortController();
    const run = createWorkerSyncEngine(main).synchronize({ connection, signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort(new Error('user cancelled'));
    await expect(run).resolves.toMatchObject({ outcome: 'cancelled' });
  });

  it('rejects with SyncAlreadyRunningError when the worker engine refuses a second run', async () => {
    const engine: SyncEngine = {
      synchronize: () => Promise.reject(new SyncAlreadyRunningError()),
      status: async () => ({ running: true, lastRun: null }),
    };
    const { main, worker } = pair();
    serveSyncEngine(worker, engine);
    const workerEngine = createWorkerSyncEngine(main);
    await expect(workerEngine.synchronize({ connection })).rejects.toBeInstanceOf(SyncAlreadyRunningError);
    await expect(workerEngine.status()).resolves.toEqual({ running: true, lastRun: null });
  });
});
