import type { SimulatorLatency } from '../../../src/simulator';
import { startWorld } from '../node/nodeWorld';
import { serverLoad, type ServerLoadRow } from '../report/serverLoad';
import { round } from '../report/stats';
import type { BenchBrowser } from './BenchBrowser';
import { changeServerData, RUN_INTERVAL_MS } from './chromiumScenarios';
import { waitForIdleBrowser } from './waitForIdleBrowser';

/** What the field scenario measured at one size. */
export interface FieldFigures {
  readonly initial: ServerLoadRow;
  readonly incremental: ServerLoadRow;
  readonly serverChanged: number;
  readonly serverDeleted: number;
  /** The server's latency in force (`FIELD_PROFILE`), and the mean the latency bound uses. */
  readonly latency: SimulatorLatency | null;
  readonly meanLatencyMs: number;
  readonly maxSessionsPerUser: number | null;
  readonly maximumPageSize: number;
  /** Seconds waited for a quiet browser before the initial sync, the raw write and the incremental sync. */
  readonly idleWaitsS: number[];
  /** Calls per SOAP operation the server counted in each sync: where the requests went. */
  readonly operations: {
    readonly initial: Readonly<Record<string, number>>;
    readonly incremental: Readonly<Record<string, number>>;
  };
}

/**
 * Issue 17's field scenario at one size, engine in the worker: one initial sync against the
 * simulator's `FIELD_PROFILE` (every call 150 ms + up to 50 ms, `MaximumPageSize` 100, 4 sessions
 * per user), the raw IndexedDB write of the same records (the write bound of the same run), then —
 * the server's clock half an hour on, 1 % of the records changed and 0.1 % deleted on the server —
 * one incremental sync. The server counts every request, byte, login and the peak of sessions
 * (`admin.traffic()`, reset before each sync).
 *
 * One run each: at 100,000 records an initial sync takes minutes when the engine holds one session.
 * No unmeasured incremental run first (the instant scenario has one): it would cost as much as the
 * measured one, and a rep's first incremental sync after the initial one is a real case.
 * The client runs with its defaults, as a rep's would: it learns `MaximumPageSize` from the server's
 * refusal of its first larger page (the `errorAnswers` column counts those).
 */
export async function fieldScenario(
  browser: BenchBrowser,
  size: number,
  log: (line: string) => void = () => undefined,
): Promise<FieldFigures> {
  const world = await startWorld(size, 'field');
  try {
    await browser.call('reset');
    const settings = world.simulator.admin.settings();
    const meanLatencyMs = settings.latency ? settings.latency.fixedMs + (settings.latency.jitterMs ?? 0) / 2 : 0;
    const idleWaitsS: number[] = [];
    const quiet = async () => idleWaitsS.push(round((await waitForIdleBrowser({ maxMs: 20_000 })).waitedMs / 1000, 1));

    await quiet();
    world.simulator.admin.resetTraffic();
    const { value: initial } = await browser.call('initialSync', world.connection, 'worker');
    const initialTraffic = world.simulator.admin.traffic();
    log(`field ${size}: initial ${round(initial.ms / 1000, 1)} s, ${initialTraffic.requests} requests`);

    await quiet();
    const { value: raw } = await browser.call('rawWrite', 5000);

    await quiet();
    world.serverClock.advance(RUN_INTERVAL_MS);
    const { changed, deleted } = changeServerData(world.simulator, 0);
    world.simulator.admin.resetTraffic();
    const { value: incremental } = await browser.call('incrementalSync', world.connection, 'worker');
    const incrementalTraffic = world.simulator.admin.traffic();
    log(`field ${size}: incremental ${round(incremental.ms / 1000, 1)} s, ${incrementalTraffic.requests} requests`);

    const common = { profile: 'field' as const, size, meanLatencyMs };
    const initialRow = serverLoad({
      ...common,
      scenario: 'initial',
      records: initial.added + initial.changed + initial.removed,
      ms: initial.ms,
      traffic: initialTraffic,
      writeBoundMs: raw.ms,
      clientTraffic: initial.clientTraffic,
    });
    const incrementalRow = serverLoad({
      ...common,
      scenario: 'incremental',
      records: incremental.added + incremental.changed + incremental.removed,
      ms: incremental.ms,
      traffic: incrementalTraffic,
      writeBoundMs: null,
      clientTraffic: incremental.clientTraffic,
      initial: { ms: initial.ms, requests: initialTraffic.requests },
    });
    return {
      initial: initialRow,
      incremental: incrementalRow,
      serverChanged: changed,
      serverDeleted: deleted,
      operations: { initial: initialTraffic.operations, incremental: incrementalTraffic.operations },
      latency: settings.latency,
      meanLatencyMs,
      maxSessionsPerUser: settings.maxSessionsPerUser,
      maximumPageSize: settings.maximumPageSize,
      idleWaitsS,
    };
  } finally {
    await world.server.close();
  }
}
