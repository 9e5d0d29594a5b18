import * as fc from 'fast-check';
import { ModelCommand } from './ModelCommand';
import type { ModelState } from './ModelState';
import type { ModelWorld } from './modelWorld';
import { beforeRun, checkRun } from './syncChecks';

/** A hang fault needs the client to give up; a short timeout keeps it cheap in wall time. */
export const CLIENT_TIMEOUT_MS = 1500;

interface SyncArgs {
  readonly full: boolean;
  /** 0: a full Id listing on every run, so local must equal server exactly afterwards. */
  readonly deletionCheckHours: 0 | 24;
  /** Abort from `onProgress` at this progress report (null: let it run). */
  readonly abortAt: number | null;
}

async function runSync(model: ModelState, world: ModelWorld, args: SyncArgs): Promise<void> {
  const before = await beforeRun(world);
  const controller = new AbortController();
  let reports = 0;
  // The run takes off a mark a crashed run left (runSync.ts).
  model.editsMayBeClosed = false;
  const report = await world.engine().synchronize({
    connection: world.connection({ timeoutMs: CLIENT_TIMEOUT_MS }),
    full: args.full,
    deletionCheckHours: args.deletionCheckHours,
    signal: controller.signal,
    onProgress: () => {
      reports += 1;
      if (args.abortAt !== null && reports >= args.abortAt) controller.abort();
    },
  });
  // An abort may cut a write's answer off after the server made it.
  if (controller.signal.aborted) model.answerMayBeLost = true;
  await checkRun(world, args.deletionCheckHours, before, report);
  if (report.outcome === 'succeeded') model.serverClockMovedSinceSync = false;
}

const sync = fc
  .record({
    full: fc.constantFrom(false, false, false, false, false, true),
    deletionCheckHours: fc.constantFrom(0 as const, 0 as const, 24 as const),
    abortAt: fc.option(fc.integer({ min: 1, max: 40 }), { freq: 3 }),
  })
  .map(
    (args) =>
      new ModelCommand(
        `sync${args.full ? ' full' : ''} deletionCheckHours=${args.deletionCheckHours}${args.abortAt === null ? '' : ` aborted at progress ${args.abortAt}`}`,
        (model, world) => runSync(model, world, args),
      ),
  );

/** The task pane (or Outlook) dies between syncs: every in-memory object goes, the store opens again from IndexedDB. */
const crash = fc.constant(
  new ModelCommand('crash and reopen the store', async (_model, world) => {
    await world.crash();
  }),
);

/** Another login: a new database for that user (refused while changes are pending). */
const switchUser = fc.constantFrom('JSMITH', 'TBROWN').map(
  (userName) =>
    new ModelCommand(`log in as ${userName}`, async (_model, world) => {
      world.userName = userName;
    }),
);

export const syncCommands = { sync, crash, switchUser };
