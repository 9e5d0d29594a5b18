import type { PendingChange } from '../../src/store';
import type { SyncReport } from '../../src/sync';
import { checkServerData, InvariantViolation, localWork, stats } from './checkInvariants';
import type { ModelWorld } from './modelWorld';

/** What the checks after a run compare with: the state just before it. */
export interface BeforeRun {
  readonly readyBefore: readonly PendingChange[];
  readonly counters: ReturnType<ModelWorld['simulator']['counters']>;
  /** An interrupted initial sync left a staging database: this run may resume it. */
  readonly mayResume: boolean;
}

export async function beforeRun(world: ModelWorld): Promise<BeforeRun> {
  const before = await world.context();
  return {
    readyBefore: before ? (await before.db.listPendingChanges()).filter((p) => p.state === 'ready') : [],
    counters: world.simulator.counters(),
    mayResume: (await world.store.listStagingDatabases()).length > 0,
  };
}

/**
 * The checks after every run (docs/reliability.md, "After every sync"). `touchedDuringRun`: a
 * record the user saved while the run was on its way; its change may rightly still wait (a newer
 * edit stays pending, a retried issue waits for the next run), so the model checks it instead.
 */
export async function checkRun(
  world: ModelWorld,
  deletionCheckHours: 0 | 24,
  before: BeforeRun,
  report: SyncReport,
  touchedDuringRun: (typeId: string, recordId: string) => Promise<boolean> = async () => false,
): Promise<void> {
  const fail = (message: string): never => {
    throw new InvariantViolation(
      `${message} (report: ${JSON.stringify({ outcome: report.outcome, kind: report.kind, error: report.error, uploads: report.uploads })})`,
    );
  };
  const { counters, readyBefore, mayResume } = before;

  // The sync log tells what the report tells.
  stats.checks += 1;
  const [entry] = await world.store.listSyncLog(1);
  if (!entry || entry.outcome !== report.outcome) fail(`sync log says ${entry?.outcome}, the report ${report.outcome}`);
  if (JSON.stringify(entry.counts) !== JSON.stringify(report.counts))
    fail(`sync log counts ${JSON.stringify(entry.counts)} differ from the report's`);
  checkRunSessions(world, report.sessions, counters, fail);
  for (const [typeId, counts] of Object.entries(report.counts)) {
    stats.checks += 1;
    if (counts.added < 0 || counts.changed < 0 || counts.removed < 0) fail(`negative counts for ${typeId}`);
  }
  if (report.outcome !== 'succeeded') return;

  const ctx = await world.context();
  if (!ctx) return fail('a successful sync left no active database');
  // What the upload says it did is what the server counted.
  stats.checks += 1;
  const after = world.simulator.counters();
  const uploads = report.uploads ?? { inserted: 0, updated: 0, deleted: 0, issues: 0 };
  const serverWrites =
    after.inserts - counters.inserts + (after.updates - counters.updates) + (after.deletes - counters.deletes);
  if (serverWrites !== uploads.inserted + uploads.updated + uploads.deleted)
    fail(
      `the server counted ${serverWrites} writes, the report ${uploads.inserted + uploads.updated + uploads.deleted}`,
    );
  // Success: every change that was ready was sent, or became an issue.
  const work = await localWork(ctx.db);
  for (const change of readyBefore) {
    stats.checks += 1;
    if (
      work.has(change.typeId, change.recordId) !== 'pending' ||
      (await touchedDuringRun(change.typeId, change.recordId))
    )
      continue;
    fail(
      `the ready ${change.operation} of ${change.typeId} ${change.recordId} is still pending with no issue after a successful sync`,
    );
  }
  // A resumed initial sync may skip or keep rows the server inserted or deleted meanwhile; the
  // next incremental run repairs them (docs/sync.md, "Resume"), so its data is checked then.
  if (report.kind === 'initial' && mayResume) return;
  await checkServerData(world, ctx, deletionCheckHours === 0 || report.kind === 'initial' ? 'exact' : 'superset');
}

/**
 * Sessions after a run. Without a fault in the run: none open and every one opened closed. With
 * faults the report must tell the truth: a session may stay open only if the report admits it
 * was not closed (a logoff that failed for good) or the client never learned its token (a login
 * answer lost on the way, docs/reliability.md "Known limits"). Such a session is Siebel's idle
 * timeout's to close; the model restarts the server for it, so the next check starts at zero.
 */
function checkRunSessions(
  world: ModelWorld,
  sessions: { opened: number; closed: number },
  before: BeforeRun['counters'],
  fail: (message: string) => never,
): void {
  stats.checks += 1;
  const after = world.simulator.counters();
  const open = world.simulator.openSessionCount();
  const faults = after.faultsInjected - before.faultsInjected;
  if (faults === 0 && (open !== 0 || sessions.opened !== sessions.closed))
    fail(`a run without faults left ${open} session(s) open, reporting ${JSON.stringify(sessions)}`);
  const unknownToClient = after.logins - before.logins - sessions.opened;
  if (open > unknownToClient + sessions.opened - sessions.closed)
    fail(
      `${open} session(s) open but the report says ${JSON.stringify(sessions)} with ${unknownToClient} login answer(s) lost`,
    );
  if (open > 0) world.simulator.admin.restart();
}
