// `npx tsx test/bench/heapSeries.ts [records] [main|worker]` (default 100000 main): one initial
// sync in a fresh browser, the engine's JS heap (the page's, or the sync worker's with `worker`)
// sampled every 100 ms (garbage included, like the bench's sampled peak) and printed as the peak of
// each 2-second window with the heap's total size: how the sampled heap settles during a long run
// (docs/performance.md, round 5).
import 'fake-indexeddb/auto';
import { setLogSink } from '../../src/shared';
import { startBenchBrowser } from './chromium/BenchBrowser';
import { startWorld } from './node/nodeWorld';
import type { EngineMode } from './page/BenchApi';

const WINDOW_MS = 2_000;

setLogSink(() => undefined);
const size = Number(process.argv[2] ?? 100_000);
const mode = (process.argv[3] ?? 'main') as EngineMode;
const world = await startWorld(size);
const browser = await startBenchBrowser();
const engineHeap = async (): Promise<{ usedBytes: number; totalBytes: number }> => {
  if (mode === 'worker') return browser.workerHeaps.usage();
  const { metrics } = await browser.cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { usedBytes: value('JSHeapUsedSize'), totalBytes: value('JSHeapTotalSize') };
};
try {
  await browser.call('reset');
  const started = Date.now();
  const windows: string[] = [];
  let sampling = true;
  const sampler = (async () => {
    let current = 0;
    let peak = 0;
    let total = 0;
    while (sampling) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const heap = await engineHeap();
      const at = Math.floor((Date.now() - started) / WINDOW_MS);
      if (at !== current) {
        windows.push(`${(current * WINDOW_MS) / 1000}s ${peak.toFixed(1)}/${total.toFixed(0)}`);
        current = at;
        peak = 0;
      }
      peak = Math.max(peak, heap.usedBytes / 2 ** 20);
      total = heap.totalBytes / 2 ** 20;
    }
  })();
  const { value, renderer } = await browser.call('initialSync', world.connection, mode);
  sampling = false;
  await sampler;
  console.log(
    `${value.added} records in ${(value.ms / 1000).toFixed(1)} s (${mode}); sampled peak ${renderer.peakHeapMb.toFixed(1)} MB, worker ${renderer.peakWorkerHeapMb.toFixed(1)} MB`,
  );
  console.log(
    `${mode === 'worker' ? 'worker' : 'page'} heap per ${WINDOW_MS / 1000} s window, peak used / total MB: ${windows.join(', ')}`,
  );
} finally {
  await browser.close();
  await world.server.close();
}
process.exit(0);
