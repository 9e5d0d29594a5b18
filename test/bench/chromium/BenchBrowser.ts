import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../browser/findChromium';
import type { BenchApi } from '../page/BenchApi';
import { buildBenchPage } from './buildBenchPage';
import { serveStatic } from './serveStatic';
import { chromiumCpuMs } from './waitForIdleBrowser';
import { watchWorkerHeaps, type WorkerHeaps } from './workerHeaps';

/** What Node saw of the renderer while a page call ran (CDP Performance metrics). */
export interface RendererSample {
  /** Main-thread task time of the renderer during the call (CDP `TaskDuration` delta). */
  readonly busyMs: number;
  /** Highest `JSHeapUsedSize` sampled every 100 ms (live data plus garbage not yet collected: the peak, not the live heap). */
  readonly peakHeapMb: number;
  /** Highest heap in use of the page's workers (the sync worker), sampled likewise; 0 without workers. */
  readonly peakWorkerHeapMb: number;
  /** CPU time of every Chromium process of the machine during the call (/proc), null without /proc. */
  readonly chromiumCpuMs: number | null;
  /** CPU time of this Node process during the call: mostly the simulator serving the pages. */
  readonly nodeCpuMs: number;
}

/** Headless Chromium with a disk-backed persistent profile, showing the bench page. */
export interface BenchBrowser {
  readonly page: Page;
  /** The DevTools session of the page (profiling). */
  readonly cdp: CDPSession;
  /** The heaps of the page's workers (the sync worker). */
  readonly workerHeaps: WorkerHeaps;
  /** Runs `crmBench[method](...args)` in the page while sampling the renderer. */
  call<K extends keyof BenchApi>(
    method: K,
    ...args: Parameters<BenchApi[K]>
  ): Promise<{ value: Awaited<ReturnType<BenchApi[K]>>; renderer: RendererSample }>;
  close(): Promise<void>;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Builds the bench page, serves it, and opens it in Chromium (same flags as the browser tests). */
export async function startBenchBrowser(options: { minimize?: boolean } = {}): Promise<BenchBrowser> {
  const executablePath = findChromium();
  const work = mkdtempSync(join(tmpdir(), 'crm-bench-'));
  const profile = join(work, 'profile');
  await buildBenchPage(join(work, 'page'), options);
  const server = await serveStatic(join(work, 'page'));
  let context: BrowserContext | undefined;
  try {
    // `gc()` in the page and unrounded `performance.memory`, for the live-heap samples (BenchApi.initialSync).
    const args = [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'];
    context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.error(`bench page error: ${error.message}`));
    if (process.env.BENCH_CONSOLE) page.on('console', (message) => console.log(`page: ${message.text()}`));
    await page.goto(`${server.origin}/bench.html`);
    await page.waitForFunction(() => document.title === 'bench ready');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const workerHeaps = await watchWorkerHeaps(cdp);
    const open = context;
    const call: BenchBrowser['call'] = async (method, ...args) => {
      // Start every measure from a collected heap, so earlier runs' garbage does not count.
      await Promise.all([cdp.send('HeapProfiler.collectGarbage'), workerHeaps.collectGarbage()]);
      const before = await metrics(cdp);
      const cpuBefore = { chromium: chromiumCpuMs(), node: process.cpuUsage() };
      let peak = before.JSHeapUsedSize ?? 0;
      let workerPeak = 0;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          const [page, workers] = await Promise.all([metrics(cdp), workerHeaps.usage()]);
          peak = Math.max(peak, page.JSHeapUsedSize ?? 0);
          workerPeak = Math.max(workerPeak, workers.usedBytes);
        }
      })();
      try {
        const value = await page.evaluate(
          ([m, a]) =>
            (window as unknown as { crmBench: Record<string, (...x: unknown[]) => unknown> }).crmBench[m](...a),
          [method, args] as const,
        );
        const after = await metrics(cdp);
        sampling = false;
        await sampler;
        peak = Math.max(peak, after.JSHeapUsedSize ?? 0);
        const chromiumAfter = chromiumCpuMs();
        const node = process.cpuUsage(cpuBefore.node);
        return {
          value: value as never,
          renderer: {
            busyMs: ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000,
            peakHeapMb: peak / 2 ** 20,
            peakWorkerHeapMb: workerPeak / 2 ** 20,
            chromiumCpuMs:
              cpuBefore.chromium === null || chromiumAfter === null ? null : chromiumAfter - cpuBefore.chromium,
            nodeCpuMs: (node.user + node.system) / 1000,
          },
        };
      } finally {
        sampling = false;
        await sampler.catch(() => undefined);
      }
    };
    return {
      page,
      cdp,
      workerHeaps,
      call,
      async close() {
        await open.close().catch(() => undefined);
        await server.close();
        rmSync(work, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    await server.close();
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}
