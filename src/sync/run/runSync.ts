import { performEffect } from './performEffect';
import { SyncCancelledError } from '../errors/SyncCancelledError';
import { ProgressReporter } from '../progress/ProgressReporter';
import { readStartInput } from './readStartInput';
import { toErrorInfo } from './toErrorInfo';
import type { Workspace } from './Workspace';
import { sumTraffic } from '../session/sessionPool';
import type { PortCalls, SyncRuntime } from '../ports';
import { transition } from '../machine/transition';
import { packageWarnings } from '../../metadata';
import type {
  SyncContext,
  SyncEffect,
  SyncEvent,
  SyncReport,
  SyncState,
  SyncTraffic,
  UploadCounts,
} from '../machine/types';

const NO_UPLOADS: UploadCounts = { inserted: 0, updated: 0, deleted: 0, issues: 0 };

/**
 * Runs one synchronization to its end: feeds the machine's effects to `performEffect` and the
 * results back as events, until a final state. Never rejects for a failure of the run itself
 * (that is the report's `outcome` and `error`); every run is written to the sync log.
 */
export async function runSync(runtime: SyncRuntime): Promise<SyncReport> {
  const startedAt = runtime.clock.now();
  try {
    return await run(runtime, startedAt);
  } catch (error) {
    // Effects never throw out of the loop (they become events), so only local failures before the
    // first effect get here, e.g. the store cannot be read: no session exists to log off.
    return {
      kind: null,
      reason: null,
      outcome: 'failed',
      packageId: '',
      hashValue: '',
      responsibilityId: '',
      counts: {},
      durationMs: runtime.clock.now() - startedAt,
      sessions: { opened: 0, closed: 0 },
      issues: [],
      uploads: NO_UPLOADS,
      error: toErrorInfo(error),
    };
  }
}

async function run(runtime: SyncRuntime, startedAt: number): Promise<SyncReport> {
  const active = await runtime.store.activeDatabase();
  // A mark left by a run that died between its last count of unsent changes and its swap
  // (`DataDatabase.closeForEdits`): this run holds the sync lock, so no swap is under way.
  await active?.reopenForEdits();
  const input = await readStartInput(runtime, active, startedAt);
  const progress = new ProgressReporter(
    runtime.clock,
    startedAt,
    runtime.tuning.progressIntervalMs,
    runtime.onProgress,
  );
  const pageLimit = active ? ((await active.syncState()).maximumPageSize ?? null) : null;
  const ws: Workspace = {
    runtime,
    progress,
    siebel: null,
    sessions: null,
    active,
    target: null,
    pkg: null,
    download: null,
    pageLimit,
  };
  let [state, pending] = transition({ phase: 'idle' }, { type: 'start', input });
  const logId = await runtime.store.appendSyncLog({
    startedAt,
    kind: state.phase === 'idle' ? 'initial' : state.ctx.kind,
    outcome: 'running',
    counts: {},
    issues: [],
  });
  progress.enter(state.phase, state.phase === 'idle' ? null : state.ctx.kind);
  // Every effect the machine asks for is performed, in order; each one's outcome is the next event.
  // (Today's machine asks for one at a time: an effect's event decides what comes next.)
  const queue = [...pending];
  for (let effect = queue.shift(); effect !== undefined; effect = queue.shift()) {
    const event = await perform(ws, state, effect);
    [state, pending] = transition(state, event);
    queue.push(...pending);
  }
  const report = toReport(state, ws, runtime.clock.now() - startedAt);
  progress.enter(state.phase, report.kind);
  await writeLog(runtime, logId, report, startedAt);
  return report;
}

async function perform(ws: Workspace, state: SyncState, effect: SyncEffect): Promise<SyncEvent> {
  const { signal } = ws.runtime;
  if (signal?.aborted && effect.type !== 'logoff') return { type: 'cancel' };
  try {
    return await performEffect(ws, state, effect);
  } catch (error) {
    return signal?.aborted && effect.type !== 'logoff' ? { type: 'cancel' } : { type: 'effectFailed', error };
  }
}

function toReport(state: SyncState, ws: Workspace, durationMs: number): SyncReport {
  if (state.phase !== 'done' && state.phase !== 'failed' && state.phase !== 'cancelled') {
    throw new Error(`The synchronization machine stopped in phase "${state.phase}" without a next step`);
  }
  const { ctx } = state;
  const outcome = state.phase === 'done' ? 'succeeded' : state.phase;
  const error =
    state.phase === 'failed'
      ? toErrorInfo(state.error)
      : state.phase === 'cancelled'
        ? toErrorInfo(new SyncCancelledError(ws.runtime.signal?.reason))
        : undefined;
  return {
    kind: ctx.kind,
    reason: ctx.reason,
    outcome,
    packageId: ctx.packageId,
    hashValue: ctx.hashValue,
    responsibilityId: ctx.responsibilityId,
    counts: ctx.counts,
    durationMs,
    sessions: sessionCounts(ws),
    ...trafficOf(ws),
    issues: ctx.issues,
    uploads: ctx.uploads,
    ...(installedNewPackage(ctx) && ws.pkg && packageWarnings(ws.pkg).length > 0
      ? { packageWarnings: packageWarnings(ws.pkg) }
      : {}),
    ...(error ? { error } : {}),
  };
}

/** Sessions of the main port and of every extra one the pool opened. */
function sessionCounts(ws: Workspace): SyncReport['sessions'] {
  const main = ws.siebel?.sessions() ?? { opened: 0, closed: 0 };
  const extra = ws.sessions?.sessions() ?? { opened: 0, closed: 0 };
  return { opened: main.opened + extra.opened, closed: main.closed + extra.closed };
}

/**
 * What the run exchanged with the server, across all its sessions; absent when the ports do not
 * count (test fakes). `peakSessions`: the most sessions logged in at once.
 */
function trafficOf(ws: Workspace): Pick<SyncReport, 'traffic'> {
  const main = ws.siebel;
  if (!main?.traffic) return {};
  const ports = sumTraffic([main]);
  const extra = ws.sessions?.traffic() ?? { requests: 0, bytesSent: 0, bytesReceived: 0 };
  const mainOpened = main.sessions().opened > 0 ? 1 : 0;
  return {
    traffic: {
      requests: ports.requests + extra.requests,
      bytesSent: ports.bytesSent + extra.bytesSent,
      bytesReceived: ports.bytesReceived + extra.bytesReceived,
      peakSessions: Math.max(mainOpened, ws.sessions?.peak ?? 0),
      ...callsOf(ports.calls, extra.calls, ws.retries ?? 0),
    },
  };
}

/** The calls of the main session and the extra ones, with the retries among them, when the ports count calls. */
function callsOf(
  main: PortCalls | undefined,
  extra: PortCalls | undefined,
  retries: number,
): Pick<SyncTraffic, 'calls'> {
  if (!main) return {};
  const sum = (key: keyof PortCalls) => main[key] + (extra?.[key] ?? 0);
  return {
    calls: {
      metadata: sum('metadata'),
      queries: sum('queries'),
      batches: sum('batches'),
      logoffs: sum('logoffs'),
      retries,
    },
  };
}

/** The run installed a package other than the one it started with (so its warnings are news). */
function installedNewPackage(ctx: SyncContext): boolean {
  return ctx.hashValue !== '' && ctx.hashValue !== (ctx.installed?.hashValue ?? '');
}

async function writeLog(runtime: SyncRuntime, id: number, report: SyncReport, startedAt: number): Promise<void> {
  try {
    await runtime.store.updateSyncLog(id, {
      startedAt,
      endedAt: runtime.clock.now(),
      kind: report.kind ?? 'initial',
      outcome: report.outcome,
      counts: report.counts,
      issues: report.issues,
      ...(report.uploads ? { uploads: { ...report.uploads } } : {}),
      ...(report.packageWarnings
        ? { packageWarnings: report.packageWarnings.map(({ file, path, message }) => ({ file, path, message })) }
        : {}),
      ...(report.error ? { error: report.error } : {}),
    });
  } catch {
    // The run's own result matters more than its log line (e.g. storage full after a failure).
  }
}
