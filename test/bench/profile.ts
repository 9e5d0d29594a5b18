// `npx tsx test/bench/profile.ts [records] [main|worker] [incremental]`: one sync in Chromium under
// the V8 CPU profiler of the page's main thread (unminified bench page); prints the functions with
// the most self time, the phase timeline and every long task. With `incremental`, the profiled run
// is an incremental sync after 1 % of the records changed and 0.1 % were deleted on the server
// (profile it with `main`: the profiler sees the page's main thread only). How the changes of
// docs/performance.md were found.
import { startBenchBrowser } from './chromium/BenchBrowser';
import { changeServerData } from './chromium/chromiumScenarios';
import { startWorld } from './node/nodeWorld';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

async function main(): Promise<void> {
  const records = Number(process.argv[2] ?? 10_000);
  const mode = process.argv[3] === 'worker' ? 'worker' : 'main';
  const incremental = process.argv[4] === 'incremental';
  const world = await startWorld(records);
  const browser = await startBenchBrowser({ minimize: false });
  try {
    await browser.call('initialSync', world.connection, mode);
    if (incremental) changeServerData(world.simulator, 0);
    await browser.page.evaluate(() => {
      performance.setResourceTimingBufferSize(100_000);
      performance.clearResourceTimings();
    });
    await browser.cdp.send('Profiler.enable');
    await browser.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await browser.cdp.send('Profiler.start');
    const { value } = await browser.call(incremental ? 'incrementalSync' : 'initialSync', world.connection, mode);
    const { profile } = await browser.cdp.send('Profiler.stop');
    const nodes = profile.nodes as ProfileNode[];
    const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples?.length ?? 1) / 1000;
    const self = new Map<string, number>();
    for (const node of nodes) {
      const file = node.callFrame.url.split('/').pop() ?? '';
      const key = `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (node.hitCount ?? 0) * interval);
    }
    console.log(
      `sync: ${(value.ms / 1000).toFixed(2)} s, ${value.added} added, ${value.changed} changed, ${value.removed} removed, long tasks: ${value.main.longTasks}, longest ${value.main.longestTaskMs.toFixed(0)} ms`,
    );
    console.log((await browser.call('timeline')).value.join('\n'));
    // Where the requests' time went (engine on the main thread only: a worker has its own timeline).
    const requests = await browser.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/eai'))
        .map((e) => {
          const r = e as PerformanceResourceTiming;
          return {
            start: r.startTime,
            waiting: r.responseStart - r.requestStart,
            total: r.responseEnd - r.startTime,
            end: r.responseEnd,
          };
        }),
    );
    if (requests.length > 0) {
      const sum = (f: (r: (typeof requests)[number]) => number) => requests.reduce((n, r) => n + f(r), 0);
      const gaps = requests.slice(1).reduce((n, r, i) => n + Math.max(0, r.start - requests[i].end), 0);
      if (process.env.BENCH_VERBOSE)
        for (const r of requests)
          console.log(
            `  request at ${r.start.toFixed(0)}: waiting ${r.waiting.toFixed(0)} ms, total ${r.total.toFixed(0)} ms`,
          );
      console.log(
        `requests: ${requests.length}, in flight ${sum((r) => r.total).toFixed(0)} ms (server + network until the first byte: ${sum((r) => r.waiting).toFixed(0)} ms), client time between requests ${gaps.toFixed(0)} ms`,
      );
    }
    for (const [name, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`${ms.toFixed(0).padStart(7)} ms  ${name}`);
  } finally {
    await browser.close();
    await world.server.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
