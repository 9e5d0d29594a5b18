import type * as fc from 'fast-check';
import type { Clock } from '../../src/shared';
import { StoreError } from '../../src/store';
import { InvariantViolation, stats } from './checkInvariants';
import type { DuringRun, LocalAction } from './localActions';
import type { ModelState } from './ModelState';
import type { ModelWorld } from './modelWorld';
import { scheduledNetwork } from './scheduledFetch';
import { beforeRun, checkRun } from './syncChecks';
import { CLIENT_TIMEOUT_MS } from './syncCommands';

/**
 * When an action or the crash becomes a task: once the run sent N requests, or its Nth upload
 * batch (`ExecuteBatch`, the moment a save can race the answer that writes the record back).
 * A moment the run never reaches comes after it.
 */
export type Moment = { readonly afterCall: number } | { readonly afterBatch: number };

export function describeMoment(moment: Moment): string {
  return 'afterCall' in moment ? `after call ${moment.afterCall}` : `after upload batch ${moment.afterBatch}`;
}

/** A sync whose answers, the user's edits made meanwhile and maybe a crash are ordered by `fc.scheduler`. */
export interface ScheduledSyncArgs {
  readonly full: boolean;
  readonly deletionCheckHours: 0 | 24;
  readonly actions: readonly { readonly action: LocalAction; readonly at: Moment }[];
  /** The process dies then, as a task the scheduler places among the answers. */
  readonly crashAt: Moment | null;
  readonly scheduler: fc.Scheduler;
}

/**
 * Runs one sync under the scheduler and checks it. Every answer is a task (`scheduledNetwork`), and
 * so is each local action and the crash: fast-check's scheduler, drawn from the seed, picks which
 * runs next, so a seed replays the same interleaving. An action or the crash holds the scheduler
 * until it is done (no answer is read meanwhile; the engine's own work goes on), so an edit
 * released before an upload's answer is saved before the engine reads it. One user in one task
 * pane: the actions follow one another. `log` receives the order in which the answers
 * (`#<request> <operation>`), the actions and the crash were released.
 */
export async function runScheduledSync(
  model: ModelState,
  world: ModelWorld,
  args: ScheduledSyncArgs,
  log: string[],
): Promise<void> {
  const s = args.scheduler;
  const before = await beforeRun(world);
  const changesBefore = new Set(model.changes);
  const touched = new Set<string>();
  const during: DuringRun = { touch: (typeId, id) => void touched.add(`${typeId}:${id}`) };
  const controller = new AbortController();
  const errors: unknown[] = [];
  let dead = false;
  let runEnded = false;

  const release = (label: string, then: () => Promise<void>) => {
    s.scheduleSequence([{ label, builder: () => (log.push(label), then()) }]);
  };
  const act = (action: LocalAction) => async () => {
    if (dead) return;
    try {
      await action.apply(model, world, during);
    } catch (error) {
      // A read the store refuses mid-action (the run replaced the database the pane had open) is
      // an error the user sees; saves that did go through were tracked when they returned.
      if (!(error instanceof StoreError)) errors.push(error);
    }
  };
  // A crash the run outlived is dropped (between syncs, the `crash` command's case).
  const crash = async () => {
    if (runEnded) return void log.push('(the run had ended: no crash)');
    dead = true;
    network.die();
    controller.abort();
    world.store.close();
  };
  const gates = [
    ...args.actions.map(({ action, at }) => ({ at, open: () => release(action.label, act(action)) })),
    ...(args.crashAt === null ? [] : [{ at: args.crashAt, open: () => release('crash', crash) }]),
  ].map((gate) => ({ ...gate, opened: false }));
  const sent = { calls: 0, batches: 0 };
  const openGates = (all = false) => {
    for (const gate of gates) {
      const reached = 'afterCall' in gate.at ? gate.at.afterCall <= sent.calls : gate.at.afterBatch <= sent.batches;
      if (gate.opened || !(reached || all)) continue;
      gate.opened = true;
      gate.open();
    }
  };
  const request = (call: number, operation: string) => {
    sent.calls = call;
    if (operation === 'ExecuteBatch') sent.batches += 1;
    openGates();
  };
  const network = scheduledNetwork(s, { request, answer: (label) => log.push(label) });
  // A dead process moves no clock (its retries would otherwise advance the shared time).
  const clock: Clock = {
    now: () => world.clock.now(),
    sleep: (ms, signal) =>
      dead ? Promise.reject(new Error('the add-in process is gone')) : world.clock.sleep(ms, signal),
  };

  openGates();
  // The run takes off a mark a crashed run left (runSync.ts).
  model.editsMayBeClosed = false;
  const run = world.engine({ fetch: network.fetch, clock }).synchronize({
    connection: world.connection({ timeoutMs: CLIENT_TIMEOUT_MS }),
    full: args.full,
    deletionCheckHours: args.deletionCheckHours,
    signal: controller.signal,
  });
  const report = await s.waitFor(run);
  runEnded = true;
  if (errors.length > 0) throw errors[0];

  if (dead) {
    // The actions not yet made died with the process.
    await afterCrash(model, world, before.counters.logins, changesBefore);
    return;
  }
  await checkRun(world, args.deletionCheckHours, before, report, async (typeId, recordId) => {
    const ctx = await world.context();
    return (
      touched.has(`${typeId}:${recordId}`) ||
      (ctx !== null && touched.has(`${typeId}:${await ctx.db.currentId(typeId, recordId)}`))
    );
  });
  if (report.outcome === 'succeeded') model.serverClockMovedSinceSync = false;
  // Actions whose moment the run never reached happen after it (the user was still at it).
  openGates(true);
  await s.waitAll();
  if (errors.length > 0) throw errors[0];
}

/**
 * After the crash: the store opens again from the same IndexedDB. The dead run's sessions were
 * never logged off: at most the ones it logged in may stay, for Siebel's idle timeout to close
 * (the model restarts the server for it, as after a lost logoff).
 */
async function afterCrash(
  model: ModelState,
  world: ModelWorld,
  loginsBefore: number,
  changesBefore: ReadonlySet<ModelState['changes'][number]>,
): Promise<void> {
  await world.crash();
  stats.checks += 1;
  const open = world.simulator.openSessionCount();
  const logins = world.simulator.counters().logins - loginsBefore;
  if (open > logins)
    throw new InvariantViolation(`${open} session(s) open after a crash, but the run logged in only ${logins}`);
  if (open > 0) world.simulator.admin.restart();
  // The crash may have cut a write's answer off after the server made it.
  model.answerMayBeLost = true;
  model.editsMayBeClosed = true;
  for (const change of model.changes)
    if (!changesBefore.has(change) && change.op === 'delete' && change.label !== undefined) change.mayRemain = true;
}
