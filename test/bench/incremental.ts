// `npx tsx test/bench/incremental.ts [records]`: scenario 3 alone (one initial sync in the worker,
// then two incremental runs with the phase timeline), to profile the incremental sync quickly.
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
  const world = await startWorld(size);
  const browser = await startBenchBrowser();
  try {
    await browser.call('reset');
    const { value } = await browser.call('initialSync', world.connection, 'worker');
    console.log(`initial: ${value.added} records in ${(value.ms / 1000).toFixed(2)} s`);
    process.env.BENCH_VERBOSE = '1';
    console.log(await incrementalRuns(browser, world, 2, value.ms));
  } finally {
    await browser.close();
    await world.server.close();
  }
}

await main();
