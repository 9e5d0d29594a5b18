import * as fc from 'fast-check';
import { concurrentCommands } from './concurrentCommands';
import { localCommands } from './localCommands';
import { ModelState } from './ModelState';
import { createModelWorld } from './modelWorld';
import { serverCommands } from './serverCommands';
import { syncCommands } from './syncCommands';

/** How one schedule runs. */
export interface ScheduleOptions {
  readonly seed: number;
  /** Commands per schedule at most (fast-check's `maxCommands`). */
  readonly maxCommands?: number;
  /** Stop shrinking after this many ms (a failure found is still reported, less shrunk). */
  readonly shrinkTimeMs?: number;
}

/** What one schedule did: its seed, and on failure the shrunk command list and the violation. */
export interface ScheduleResult {
  readonly seed: number;
  readonly failed: boolean;
  readonly counterexample?: string;
  readonly error?: string;
  readonly maximumSessions: number;
}

/** The engine's default is 4 sessions; every third seed runs with one, as the fault suite does. */
export function sessionsFor(seed: number): number {
  return seed % 3 === 0 ? 1 : 4;
}

/**
 * The schedule of commands: syncs weigh most (each one is where the invariants bite hardest),
 * with and without the user working meanwhile, then local edits, server changes and faults.
 */
function scheduleArbitrary(maxCommands: number) {
  const { sync, crash, switchUser } = syncCommands;
  const { syncWithConcurrentWork, crashDuringSync } = concurrentCommands;
  return fc.commands(
    [
      // fc.commands draws each step from this list uniformly: repeating an entry weighs it.
      sync,
      sync,
      sync,
      sync,
      syncWithConcurrentWork,
      syncWithConcurrentWork,
      crashDuringSync,
      ...localCommands.common,
      ...localCommands.common,
      ...localCommands.rare,
      ...serverCommands,
      crash,
      switchUser,
    ],
    { maxCommands, size: 'max' },
  );
}

/**
 * Runs the one schedule `seed` generates, against a fresh simulator and store. The seed alone
 * decides the commands (fast-check's generator) and the system is deterministic (manual clock,
 * fixed simulator random), so `runSchedule({ seed })` replays a failure, shrunk the same way.
 */
export async function runSchedule(options: ScheduleOptions): Promise<ScheduleResult> {
  const { seed, maxCommands = 25, shrinkTimeMs = 120_000 } = options;
  const maximumSessions = sessionsFor(seed);
  // The first command is always a sync: before it there is no local database to edit.
  const schedule = fc.tuple(syncCommands.sync, scheduleArbitrary(maxCommands));
  let running: Promise<unknown> = Promise.resolve();
  const property = fc.asyncProperty(schedule, ([first, commands]) => {
    const run = (async () => {
      const world = await createModelWorld({ maximumSessions });
      try {
        const model = new ModelState();
        await fc.asyncModelRun(() => ({ model, real: world }), [first, ...commands]);
      } finally {
        world.close();
      }
    })();
    running = run.catch(() => undefined);
    return run;
  });
  const details = await fc.check(property, {
    seed,
    numRuns: 1,
    interruptAfterTimeLimit: shrinkTimeMs,
    markInterruptAsFailure: false,
  });
  // At the time limit fast-check stops waiting for the schedule it runs, but that one goes on; the
  // next must not start under it (one sync at a time per process, one msw server).
  await running;
  if (!details.failed) return { seed, failed: false, maximumSessions };
  const [first, commands] = details.counterexample?.[0] ?? [undefined, undefined];
  return {
    seed,
    failed: true,
    maximumSessions,
    // fast-check's command list prints only the commands that ran (the shrunk schedule).
    counterexample: `${String(first)}, ${String(commands)}`,
    error:
      details.errorInstance instanceof Error
        ? (details.errorInstance.stack ?? details.errorInstance.message)
        : String(details.errorInstance),
  };
}
