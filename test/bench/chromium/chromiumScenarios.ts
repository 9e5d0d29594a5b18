import type { Simulator } from '../../../src/simulator';
import type { CapturedType } from '../node/nodeWorld';
import { startWorld } from '../node/nodeWorld';
import { median, repeat, round } from '../report/stats';
import type { EngineMode } from '../page/BenchApi';
import type { BenchBrowser } from './BenchBrowser';

const TYPES = ['Account', 'Contact', 'Opportunity', 'Action'];

/** Scenario 1 (and, on the largest size, 3 and 4) in Chromium at one size, the engine on the main thread and in the worker. */
export async function chromiumScenarios(browser: BenchBrowser, size: number, runs: { main: number; worker: number }, withIncrementalAndQueries: boolean) {
  const world = await startWorld(size);
  try {
    await browser.call('reset');
    const byMode = async (mode: EngineMode) =>
      repeat(runs[mode], async () => {
        const { value, renderer } = await browser.call('initialSync', world.connection, mode);
        return { ...value, ...renderer };
      });
    const main = await byMode('main');
    const raws = await repeat(Math.max(runs.main, runs.worker), async () => (await browser.call('rawWrite', 5000)).value);
    const worker = await byMode('worker');
    const rawMs = median(raws.map((r) => r.ms));
    const row = (mode: EngineMode, syncs: typeof main) => {
      const syncMs = median(syncs.map((s) => s.ms));
      return {
        size,
        engine: mode === 'main' ? 'main thread' : 'worker',
        records: syncs[0].added,
        syncS: round(syncMs / 1000, 2),
        recordsPerS: Math.round(syncs[0].added / (syncMs / 1000)),
        rawBulkPutS: round(rawMs / 1000, 2),
        rawRecordsPerS: Math.round(raws[0].records / (rawMs / 1000)),
        ratio: round(syncMs / rawMs, 2),
        mainThreadBusyS: round(median(syncs.map((s) => s.busyMs)) / 1000, 2),
        longestTaskMs: Math.round(median(syncs.map((s) => s.main.longestTaskMs))),
        longTasks: Math.round(median(syncs.map((s) => s.main.longTasks))),
        worstHeartbeatGapMs: Math.round(median(syncs.map((s) => s.main.worstHeartbeatGapMs))),
        // The worker's own heap is not visible to the page's CDP session: only the main one is.
        peakMainHeapMb: round(median(syncs.map((s) => s.peakHeapMb))),
        runs: syncs.map((s) => round(s.ms / 1000, 2)),
        rawRuns: raws.map((r) => round(r.ms / 1000, 2)),
      };
    };
    // One more main-thread run sampling the live heap: does what the engine holds grow with the data?
    const live = await browser.callWith({ liveHeap: true }, 'initialSync', world.connection, 'main');
    const initial = [row('main', main), row('worker', worker)].map((r) => ({ ...r, peakLiveHeapMb: r.engine === 'worker' ? null : round(live.renderer.peakHeapMb) }));
    if (!withIncrementalAndQueries) return { initial };
    const incremental = await incrementalRuns(browser, world.simulator, world.connection, runs.worker, median(worker.map((s) => s.ms)));
    const { value: timings } = await browser.call('queries', 9);
    const queries = timings.map((t) => ({ typeId: t.typeId, text: t.text, hits: t.hits, searchMs: round(median(t.searchMs)), listMs: round(median(t.listMs)) }));
    return { initial, incremental, queries };
  } finally {
    await world.server.close();
  }
}

export async function incrementalRuns(browser: BenchBrowser, simulator: Simulator, connection: { endpointUrl: string; userName: string; password: string }, runs: number, initialMs: number) {
  const results = await repeat(runs, async (run) => {
    let changed = 0;
    let deleted = 0;
    for (const typeId of TYPES) {
      const ids = [...simulator.data.list(typeId, 'JSMITH')].map((r) => r.Id);
      for (let i = run; i < ids.length; i += 100) {
        if ((i - run) % 1000 === 500) {
          simulator.data.delete(typeId, ids[i]);
          deleted++;
        } else {
          simulator.data.update(typeId, ids[i], {});
          changed++;
        }
      }
    }
    const { value, renderer } = await browser.call('incrementalSync', connection, 'worker');
    if (process.env.BENCH_VERBOSE) console.log((await browser.call('timeline')).value.join('\n'));
    return { ...value, busyMs: renderer.busyMs, serverChanged: changed, serverDeleted: deleted };
  });
  const ms = median(results.map((r) => r.ms));
  return {
    serverChanged: results[0].serverChanged,
    serverDeleted: results[0].serverDeleted,
    syncS: round(ms / 1000, 2),
    ratioToInitial: round(ms / initialMs, 3),
    downloaded: results[0].added + results[0].changed,
    removed: results[0].removed,
    runs: results.map((r) => round(r.ms / 1000, 2)),
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
