// `npx tsx test/bench/heapScaling.ts [sizes…]` (default 10000 20000 50000 100000): does the engine's
// heap grow with the data? For each size, in a fresh browser, `runs` main-thread initial syncs: the
// sampled peak (garbage included, CDP every 100 ms) of a plain run, and the live heap (gc() then
// read, at progress reports) of a sampling run. Prints one line per run and the medians per size.
import 'fake-indexeddb/auto';
import { startBenchBrowser } from './chromium/BenchBrowser';
import { startWorld } from './node/nodeWorld';
import { median, round } from './report/stats';

const RUNS = 2;

async function measure(size: number) {
  const world = await startWorld(size);
  const browser = await startBenchBrowser();
  try {
    await browser.call('reset');
    const runs: Array<{ syncS: number; sampledPeakMb: number; livePeakMb: number; liveMedianMb: number }> = [];
    for (let i = 0; i < RUNS; i++) {
      const plain = await browser.call('initialSync', world.connection, 'main');
      const { value } = await browser.call('initialSync', world.connection, 'main', { liveHeap: true });
      const run = {
        syncS: round(plain.value.ms / 1000, 1),
        sampledPeakMb: round(plain.renderer.peakHeapMb),
        livePeakMb: round(value.liveHeap?.peakMb ?? 0, 2),
        liveMedianMb: round(value.liveHeap?.medianMb ?? 0, 2),
      };
      console.log(`${size} records, run ${i + 1}:`, run);
      runs.push(run);
    }
    return {
      size,
      ...Object.fromEntries(
        (['sampledPeakMb', 'livePeakMb', 'liveMedianMb'] as const).map((k) => [
          k,
          round(median(runs.map((r) => r[k])), 2),
        ]),
      ),
    };
  } finally {
    await browser.close();
    await world.server.close();
  }
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const rows: Array<Record<string, number>> = [];
for (const size of sizes.length > 0 ? sizes : [10_000, 20_000, 50_000, 100_000]) rows.push(await measure(size));
console.table(rows);
