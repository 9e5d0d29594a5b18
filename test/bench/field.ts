// `npx tsx test/bench/field.ts [records]`: issue 17's field scenario alone (default 10,000 records):
// one initial and one incremental sync in the worker against the simulator's FIELD_PROFILE, with
// the server's count of requests, bytes and sessions and the write and latency bounds of the run.
import 'fake-indexeddb/auto';
import { setLogSink } from '../../src/shared';
import { startBenchBrowser } from './chromium/BenchBrowser';
import { fieldScenario } from './chromium/fieldScenario';
import { printServerLoad } from './report/printTable';

async function main(): Promise<void> {
  setLogSink((level, message) => {
    if (level === 'warn' || level === 'error') console.error(message);
  });
  const size = Number(process.argv[2] ?? 10_000);
  const browser = await startBenchBrowser();
  try {
    const field = await fieldScenario(browser, size, (line) => console.log(`  ${line}`));
    printServerLoad([field.initial, field.incremental]);
    // Where the requests went: what a miss of the incremental goal is profiled with (docs/performance.md).
    console.log(
      `\ncalls per operation: initial ${JSON.stringify(field.operations.initial)}; incremental ${JSON.stringify(field.operations.incremental)}`,
    );
    console.log(
      `\nserver: latency ${JSON.stringify(field.latency)} (mean ${field.meanLatencyMs} ms), MaximumPageSize ${field.maximumPageSize}, ${field.maxSessionsPerUser ?? 'unbounded'} sessions per user; changed ${field.serverChanged}, deleted ${field.serverDeleted} on the server before the incremental sync`,
    );
  } finally {
    await browser.close();
  }
}

await main();
