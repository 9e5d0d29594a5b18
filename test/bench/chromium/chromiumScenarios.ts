import type { Simulator, SimulatorTraffic } from '../../../src/simulator';
import type { CapturedType } from '../node/nodeWorld';
import { startWorld, type ServerClock } from '../node/nodeWorld';
import { median, repeat, round } from '../report/stats';
import type { EngineMode, SyncRun } from '../page/BenchApi';
import type { BenchBrowser, RendererSample } from './BenchBrowser';
import { waitForIdleBrowser } from './waitForIdleBrowser';

const TYPES = ['Account', 'Contact', 'Opportunity', 'Action'];

/** Longest wait for a quiet browser before a timed run (the compaction usually ends within 15 s). */
const IDLE_WAIT_MAX_MS = 20_000;

/** Scenario 3: how far the server's clock moves on between two incremental runs (a rep's sync interval). */
export const RUN_INTERVAL_MS = 30 * 60 * 1000;

type Sync = SyncRun & RendererSample & { serverTraffic: SimulatorTraffic };

/**
 * Scenario 1 (and, on the largest size, 3 and the store half of 4) in Chromium at one size, the
 * engine on the main thread and in the worker. Runs are interleaved (main, raw write, worker, then
 * again), so a burst of load from other jobs hits every column alike; each sync is divided by the
 * raw write of its own round, and the spread of these ratios is reported with their median.
 */
export async function chromiumScenarios(
  browser: BenchBrowser,
  size: number,
  runs: { main: number; worker: number; liveHeap: number; incremental: number },
  withIncrementalAndQueries: boolean,
) {
  const world = await startWorld(size);
  try {
    await browser.call('reset');
    // Each timed run starts on a quiet browser: after a 100,000-record write IndexedDB compacts in
    // the background for 10–15 s, and the run that follows (always the same column, in a fixed
    // order) would pay for its predecessor.
    const idleWaits: number[] = [];
    const quiet = async () =>
      idleWaits.push(round((await waitForIdleBrowser({ maxMs: IDLE_WAIT_MAX_MS })).waitedMs / 1000, 1));
    const sync = async (mode: EngineMode): Promise<Sync> => {
      await quiet();
      // Counted on the server's side from zero for each sync (issue 17's server load).
      world.simulator.admin.resetTraffic();
      const { value, renderer } = await browser.call('initialSync', world.connection, mode);
      return { ...value, ...renderer, serverTraffic: world.simulator.admin.traffic() };
    };
    const main: Array<Sync & { rawMs: number }> = [];
    const worker: Array<Sync & { rawMs: number }> = [];
    const raws: Array<{ ms: number; records: number; chromiumCpuMs: number | null }> = [];
    for (let round = 0; round < Math.max(runs.main, runs.worker); round++) {
      const mainRun = round < runs.main ? await sync('main') : null;
      await quiet();
      const { value: raw, renderer: rawRenderer } = await browser.call('rawWrite', 5000);
      raws.push({ ...raw, chromiumCpuMs: rawRenderer.chromiumCpuMs });
      if (mainRun) main.push({ ...mainRun, rawMs: raw.ms });
      if (round < runs.worker) worker.push({ ...(await sync('worker')), rawMs: raw.ms });
    }
    const rawMs = median(raws.map((r) => r.ms));
    const row = (mode: EngineMode, syncs: typeof main) => {
      const syncMs = median(syncs.map((s) => s.ms));
      const ratios = syncs.map((s) => s.ms / s.rawMs);
      return {
        size,
        engine: mode === 'main' ? 'main thread' : 'worker',
        records: syncs[0].added,
        syncS: round(syncMs / 1000, 2),
        recordsPerS: Math.round(syncs[0].added / (syncMs / 1000)),
        rawBulkPutS: round(rawMs / 1000, 2),
        rawRecordsPerS: Math.round(raws[0].records / (rawMs / 1000)),
        ratio: round(median(ratios), 2),
        ratioSpread: `${round(Math.min(...ratios), 2)}–${round(Math.max(...ratios), 2)}`,
        mainThreadBusyS: round(median(syncs.map((s) => s.busyMs)) / 1000, 2),
        longestTaskMs: Math.round(median(syncs.map((s) => s.main.longestTaskMs))),
        longTasks: Math.round(median(syncs.map((s) => s.main.longTasks))),
        worstHeartbeatGapMs: Math.round(median(syncs.map((s) => s.main.worstHeartbeatGapMs))),
        peakMainHeapMb: round(median(syncs.map((s) => s.peakHeapMb))),
        // The engine's heap when it runs in the worker (sampled like the main one, garbage included).
        peakWorkerHeapMb: mode === 'worker' ? round(median(syncs.map((s) => s.peakWorkerHeapMb))) : null,
        // On 2 cores the raw write alone keeps Chromium busy on most of both: whatever else the
        // machine runs during a sync (the simulator above all) shows in its time.
        chromiumCpuS: cpuSeconds(syncs.map((s) => s.chromiumCpuMs)),
        rawChromiumCpuS: cpuSeconds(raws.map((r) => r.chromiumCpuMs)),
        simulatorCpuS: cpuSeconds(syncs.map((s) => s.nodeCpuMs)),
        // The server's count of the last run (the same requests every run of a size).
        requests: syncs[syncs.length - 1].serverTraffic.requests,
        peakSessions: syncs[syncs.length - 1].serverTraffic.peakSessions,
        runs: syncs.map((s) => round(s.ms / 1000, 2)),
        rawRuns: syncs.map((s) => round(s.rawMs / 1000, 2)),
        idleWaitsS: idleWaits,
      };
    };
    // More main-thread runs sampling the live heap (gc() then read, at progress reports): does
    // what the engine holds grow with the data? A run's peak is one sample's luck (which batches
    // happened to be in memory), so the figure is the median of the runs' peaks.
    const live = (
      await repeat(
        runs.liveHeap,
        async () => (await browser.call('initialSync', world.connection, 'main', { liveHeap: true })).value.liveHeap,
      )
    ).map((h) => h ?? { peakMb: 0, medianMb: 0, samples: 0 });
    const livePeaks = live.map((h) => h.peakMb);
    const initial = [row('main', main), row('worker', worker)].map((r) => ({
      ...r,
      peakLiveHeapMb: r.engine === 'worker' ? null : round(median(livePeaks), 2),
      peakLiveHeapSpread:
        r.engine === 'worker' ? null : `${round(Math.min(...livePeaks), 2)}–${round(Math.max(...livePeaks), 2)}`,
      medianLiveHeapMb: r.engine === 'worker' ? null : round(median(live.map((h) => h.medianMb)), 2),
      liveHeapSamples: r.engine === 'worker' ? null : live.map((h) => h.samples),
    }));
    if (!withIncrementalAndQueries) return { initial };
    const initialMs = { worker: median(worker.map((s) => s.ms)), main: median(main.map((s) => s.ms)) };
    const incremental = await incrementalRuns(browser, world, runs.incremental, initialMs.worker, initialMs.main);
    const { value: timings } = await browser.call('queries', 9);
    const queries = timings.map((t) => ({
      typeId: t.typeId,
      text: t.text,
      hits: t.hits,
      searchMs: round(median(t.searchMs)),
      listMs: round(median(t.listMs)),
    }));
    // The worker runs (what the task pane uses) for the server-load table of run.ts.
    const lastWorker = worker[worker.length - 1];
    const load = {
      initialMs: initialMs.worker,
      rawMs,
      records: lastWorker.added,
      traffic: lastWorker.serverTraffic,
      clientTraffic: lastWorker.clientTraffic,
    };
    return { initial, incremental, queries, load };
  } finally {
    await world.server.close();
  }
}

/** Median CPU seconds, or null when /proc could not be read. */
function cpuSeconds(values: Array<number | null>): number | null {
  if (values.some((v) => v === null)) return null;
  return round(median(values as number[]) / 1000, 1);
}

/**
 * Scenario 3's server-side change: of each type's records visible to JSMITH, every 100th from
 * `offset` on is touched (its `Updated` moves to now) except every 1,000th, which is deleted:
 * 1 % changed, 0.1 % deleted. A different `offset` per run hits other records.
 */
export function changeServerData(simulator: Simulator, offset: number): { changed: number; deleted: number } {
  let changed = 0;
  let deleted = 0;
  for (const typeId of TYPES) {
    const ids = [...simulator.data.list(typeId, 'JSMITH')].map((r) => r.Id);
    for (let i = offset; i < ids.length; i += 100) {
      if ((i - offset) % 1000 === 500) {
        simulator.data.delete(typeId, ids[i]);
        deleted++;
      } else {
        simulator.data.update(typeId, ids[i], {});
        changed++;
      }
    }
  }
  return { changed, deleted };
}

/**
 * Scenario 3: `runs` incremental syncs in the worker, each after {@link changeServerData}; the
 * median against the worker's (and, for reference, the main thread's) initial sync of the same run.
 *
 * Before each run the server's clock moves on by {@link RUN_INTERVAL_MS} (a rep syncs every half
 * hour), and the run's changes are stamped at the server's time, as a real server stamps them. The
 * window of a run starts at the newest stamp the previous run returned (minus its duration and the
 * 5-minute overlap), so a run also reads the previous run's changes again, all stamped in the same
 * second here; they are compared, not rewritten. An unmeasured first run (no changes) sets the
 * first watermark.
 */
export async function incrementalRuns(
  browser: BenchBrowser,
  world: {
    simulator: Simulator;
    serverClock: ServerClock;
    connection: { endpointUrl: string; userName: string; password: string };
  },
  runs: number,
  initialMs: number,
  initialMainMs?: number,
) {
  await browser.call('incrementalSync', world.connection, 'worker');
  const results = await repeat(runs, async (run) => {
    // A rep's incremental sync comes long after the initial one: not during the storage's
    // background compaction of the bench's back-to-back 100,000-record writes (waitForIdleBrowser).
    const idle = await waitForIdleBrowser({ maxMs: IDLE_WAIT_MAX_MS });
    world.serverClock.advance(RUN_INTERVAL_MS);
    const { changed, deleted } = changeServerData(world.simulator, run);
    world.simulator.admin.resetTraffic();
    const { value, renderer } = await browser.call('incrementalSync', world.connection, 'worker');
    const serverTraffic = world.simulator.admin.traffic();
    if (process.env.BENCH_VERBOSE) console.log((await browser.call('timeline')).value.join('\n'));
    return { ...value, busyMs: renderer.busyMs, serverChanged: changed, serverDeleted: deleted, idle, serverTraffic };
  });
  const ms = median(results.map((r) => r.ms));
  // The run whose time is the median (the lower middle one for an even count), for the server-load table.
  const middle = [...results].sort((a, b) => a.ms - b.ms)[Math.floor((results.length - 1) / 2)];
  return {
    serverChanged: results[0].serverChanged,
    serverDeleted: results[0].serverDeleted,
    syncS: round(ms / 1000, 2),
    ratioToInitial: round(ms / initialMs, 3),
    ratioToMainInitial: initialMainMs ? round(ms / initialMainMs, 3) : null,
    ratioSpread: `${round(Math.min(...results.map((r) => r.ms)) / initialMs, 3)}–${round(Math.max(...results.map((r) => r.ms)) / initialMs, 3)}`,
    downloaded: results[0].added + results[0].changed,
    removed: results[0].removed,
    runs: results.map((r) => round(r.ms / 1000, 2)),
    /** Seconds waited for the browser to go idle before each run (false: it never did within the limit). */
    idleWaitS: results.map((r) => (r.idle.settled ? round(r.idle.waitedMs / 1000, 1) : false)),
    requests: results.map((r) => r.serverTraffic.requests),
    /** The median run, as measured (time, records, the server's count and the engine's own). */
    load: {
      ms: middle.ms,
      records: middle.added + middle.changed + middle.removed,
      traffic: middle.serverTraffic,
      clientTraffic: middle.clientTraffic,
    },
  };
}

/** Scenario 5 in Chromium: each decoder over the same pages. */
export async function chromiumCodec(browser: BenchBrowser, pages: CapturedType[], rounds: number) {
  const figures = [];
  const bytes = pages.reduce((n, t) => n + t.xml.reduce((m, x) => m + Buffer.byteLength(x), 0), 0);
  for (const decoder of ['fast', 'xml-js', 'domparser'] as const) {
    const times: number[] = [];
    let records = 0;
    for (let r = 0; r < rounds; r++) {
      let ms = 0;
      records = 0;
      for (const type of pages) {
        const { value } = await browser.call('decode', type, decoder, 1);
        ms += value.ms;
        records += value.records;
      }
      times.push(ms);
    }
    const s = median(times) / 1000;
    figures.push({ decoder, mbPerS: round(bytes / 2 ** 20 / s), recordsPerS: Math.round(records / s) });
  }
  return figures;
}
