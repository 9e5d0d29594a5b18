import { vi } from 'vitest';
import { createSyncNow } from '../../../src/commands/createSyncNow';
import type { SyncConnection, SyncProgress, SyncReport } from '../../../src/sync';
import { ManualClock } from '../../support/ManualClock';

// Shared by the command's tests: fakes for Outlook and the engine, and a clock moved by hand.

/** The connection the fakes are given. */
export const CONNECTION: SyncConnection = {
  endpointUrl: 'http://localhost/eai',
  userName: 'JSMITH',
  password: 'Welcome1',
};

/** A successful incremental report; `overrides` change any part. */
export function report(overrides: Partial<SyncReport> = {}): SyncReport {
  return {
    kind: 'incremental',
    reason: null,
    outcome: 'succeeded',
    packageId: '1-PKG-SALES',
    hashValue: 'h',
    responsibilityId: '1-RESP-SALES',
    counts: { Account: { added: 10, changed: 2, removed: 1 }, Contact: { added: 4, changed: 1, removed: 0 } },
    durationMs: 1200,
    sessions: { opened: 1, closed: 1 },
    issues: [],
    ...overrides,
  };
}

/** Download progress of `typeId`. */
export function downloading(typeId: string, written: number, expected: number | null): SyncProgress {
  return {
    phase: 'downloading',
    kind: 'initial',
    typeId,
    recordsWritten: written,
    pages: 1,
    recordsExpected: expected,
    elapsedMs: 0,
  };
}

/** The `synchronize` dependency of the command. */
export type Synchronize = (
  connection: SyncConnection,
  onProgress: (progress: SyncProgress) => void,
  signal: AbortSignal,
) => Promise<SyncReport>;

/** The command with fakes for Outlook and the engine, on a manual clock; records every notification. */
export function setup(
  options: {
    connection?: SyncConnection | null;
    synchronize?: Synchronize;
    failNotify?: boolean;
    hangNotify?: boolean;
    askPassword?: (signal: AbortSignal) => Promise<SyncConnection | null>;
    clock?: ManualClock;
  } = {},
) {
  const notifications: Array<[string, string]> = [];
  const notify = vi.fn(async (message: string, kind: 'info' | 'error') => {
    notifications.push([message, kind]);
    if (options.failNotify) throw new Error('no item open');
    if (options.hangNotify) await new Promise(() => undefined);
  });
  const clock = options.clock ?? new ManualClock();
  const synchronize = vi.fn<Synchronize>(options.synchronize ?? (async () => report()));
  const handler = createSyncNow({
    loadConnection: async () => (options.connection === undefined ? CONNECTION : options.connection),
    synchronize,
    notify,
    ...(options.askPassword ? { askPassword: options.askPassword } : {}),
    clock,
  });
  const event = { completed: vi.fn() };
  return { handler, event, notifications, synchronize, clock };
}

/** Lets every pending promise callback run (the fakes answer at once, so one turn is enough). */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Moves `clock` a second at a time until `task` settles; returns the simulated time it took. Nothing waits for real. */
export async function runOnClock(
  clock: ManualClock,
  task: void | Promise<unknown>,
  limitMs = 10 * 60_000,
): Promise<number> {
  let done = false;
  const finish = () => (done = true);
  Promise.resolve(task).then(finish, finish);
  const start = clock.now();
  for (await settle(); !done; await settle()) {
    if (clock.now() - start > limitMs)
      throw new Error(`the command had not finished after ${limitMs} ms of clock time`);
    await clock.advance(1000);
  }
  return clock.now() - start;
}

/** A fake engine run that behaves like the real one on abort: it stops and reports `cancelled`. */
export function untilAborted(progress: SyncProgress[] = []): Synchronize {
  return async (_connection, onProgress, signal) => {
    for (const p of progress) onProgress(p);
    await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
    return report({
      kind: 'initial',
      outcome: 'cancelled',
      error: { code: 'SyncCancelled', message: 'The synchronization was cancelled' },
    });
  };
}

/** A promise that never settles (a dialog left open, a host that never answers). */
export const never = () => new Promise<never>(() => undefined);
