// `npx tsx test/bench/profile.ts [records] [main|worker]`: one initial sync in Chromium under the V8
// CPU profiler of the page's main thread (unminified bench page); prints the functions with the most self time and every long
// task. How the changes of docs/performance.md were found.
import { startBenchBrowser } from './chromium/BenchBrowser';
import { startWorld } from './node/nodeWorld';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

async function main(): Promise<void> {
  const records = Number(process.argv[2] ?? 10_000);
  const mode = process.argv[3] === 'worker' ? 'worker' : 'main';
  const world = await startWorld(records);
  const browser = await startBenchBrowser({ minimize: false });
  try {
    await browser.call('initialSync', world.connection, mode);
    await browser.cdp.send('Profiler.enable');
    await browser.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await browser.cdp.send('Profiler.start');
    const { value } = await browser.call('initialSync', world.connection, mode);
    const { profile } = await browser.cdp.send('Profiler.stop');
    const nodes = profile.nodes as ProfileNode[];
    const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples?.length ?? 1) / 1000;
    const self = new Map<string, number>();
    for (const node of nodes) {
      const file = node.callFrame.url.split('/').pop() ?? '';
      const key = `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (node.hitCount ?? 0) * interval);
    }
    console.log(`sync: ${(value.ms / 1000).toFixed(2)} s, ${value.added} records, long tasks: ${value.main.longTasks}, longest ${value.main.longestTaskMs.toFixed(0)} ms`);
    console.log((await browser.call('timeline')).value.join('\n'));
    for (const [name, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${ms.toFixed(0).padStart(7)} ms  ${name}`);
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
