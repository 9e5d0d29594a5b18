// `npx tsx test/bench/incremental.ts [records] [runs]`: scenario 3 alone (one initial sync in the
// worker, then `runs` incremental runs, default 2; BENCH_VERBOSE=1 prints each run's phase timeline).
import 'fake-indexeddb/auto';
import { setLogSink } from '../../src/shared';
import { startBenchBrowser } from './chromium/BenchBrowser';
import { incrementalRuns } from './chromium/chromiumScenarios';
import { startWorld } from './node/nodeWorld';

async function main(): Promise<void> {
  setLogSink((level, message) => {
    if (level === 'warn' || level === 'error') console.error(message);
  });
  const size = Number(process.argv[2] ?? 100_000);
  const runs = Number(process.argv[3] ?? 2);
  const world = await startWorld(size);
  const browser = await startBenchBrowser();
  try {
    await browser.call('reset');
    const { value } = await browser.call('initialSync', world.connection, 'worker');
    console.log(`initial: ${value.added} records in ${(value.ms / 1000).toFixed(2)} s`);
    console.log(await incrementalRuns(browser, world, runs, value.ms));
  } finally {
    await browser.close();
    await world.server.close();
  }
}

await main();
