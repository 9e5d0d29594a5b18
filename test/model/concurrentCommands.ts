import * as fc from 'fast-check';
import { resolveIssueAction } from './issueResolutions';
import { localActions } from './localActions';
import { ModelCommand } from './ModelCommand';
import { describeMoment, runScheduledSync, type Moment, type ScheduledSyncArgs } from './scheduledSync';

const { createLocal, editLocal, editPending, revertPending, editShared, deleteLocal, share } = localActions;

/** What the user does while a run is on its way; edits of a waiting change weigh most (the record being sent). */
const duringRun = fc.oneof(
  editPending,
  editPending,
  revertPending,
  editLocal,
  editShared,
  createLocal,
  deleteLocal,
  share,
  resolveIssueAction,
);

/** After the Nth request (a small data set's run sends 10–30), or once the Nth upload batch is on its way. */
const moment: fc.Arbitrary<Moment> = fc.oneof(
  fc.record({ afterCall: fc.nat(14) }),
  fc.record({ afterBatch: fc.integer({ min: 1, max: 2 }) }),
);

/** Up to `maxLength` actions (at least one when more than one is allowed), each with its moment. */
const actions = (maxLength: number) =>
  fc.array(fc.record({ action: duringRun, at: moment }), { minLength: maxLength === 1 ? 0 : 1, maxLength });

const runKind = {
  full: fc.constantFrom(false, false, false, false, true),
  deletionCheckHours: fc.constantFrom(0 as const, 0 as const, 24 as const),
};

function label(args: ScheduledSyncArgs): string {
  const kind = `sync${args.full ? ' full' : ''} deletionCheckHours=${args.deletionCheckHours}`;
  const work = args.actions.map((a) => `${a.action.label} ${describeMoment(a.at)}`).join('; ');
  const crash = args.crashAt === null ? '' : ` crashed ${describeMoment(args.crashAt)}`;
  return `${kind}${crash}${work === '' ? '' : ` with concurrent local work [${work}]`}`;
}

function asCommand(args: ScheduledSyncArgs, needsDatabase: boolean): ModelCommand {
  const log: string[] = [];
  const run: ConstructorParameters<typeof ModelCommand>[1] = (model, world) => {
    log.length = 0;
    return runScheduledSync(model, world, args, log);
  };
  return new ModelCommand(label(args), run, needsDatabase, () =>
    log.length === 0 ? '' : `(released: ${log.join(', ')})`,
  );
}

/**
 * A sync during which the user keeps working: the edits happen at points the scheduler picks
 * among the run's answers, e.g. between an upload's request and its answer. Nothing the user
 * saved may be lost; the run's usual checks hold for every record the user did not touch.
 */
const syncWithConcurrentWork = fc
  .record({ ...runKind, actions: actions(3), scheduler: fc.scheduler() })
  .map((args) => asCommand({ ...args, crashAt: null }, true));

/**
 * The process dies while a page or an upload is in flight (at a scheduled point): every in-memory
 * object of the engine goes, the store opens again from the same IndexedDB, the schedule goes on.
 * Nothing pending may be lost, and the next sync must converge (its own checks).
 */
const crashDuringSync = fc
  .record({ ...runKind, crashAt: moment, actions: actions(1), scheduler: fc.scheduler() })
  .map((args) => asCommand(args, false));

export const concurrentCommands = { syncWithConcurrentWork, crashDuringSync };
