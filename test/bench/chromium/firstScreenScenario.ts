import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createSimulator, createSimulatorMiddleware, optionsForRecords } from '../../../src/simulator';
import { CHROMIUM_ARGS, findChromium } from '../../browser/findChromium';
import {
  judgeFirstScreenGoals,
  summarizeLoads,
  type FirstScreenLoad,
  type FirstScreenSummary,
  type ScriptFetch,
} from '../report/firstScreen';
import type { Goal } from '../report/goals';
import { buildTaskPane } from './buildTaskPane';
import { serveStatic } from './serveStatic';
import { firstRun } from './taskPaneScenario';
import { waitForIdleBrowser } from './waitForIdleBrowser';

/**
 * Runs in every document of the profile before its own scripts (as a string: tsx would wrap named
 * inner functions in a `__name` helper the page lacks). On the task pane it watches the DOM for the
 * FIRST INTERACTIVE SCREEN: the app's `<main data-host-kind>` holding either the records list's
 * search box (`input[type=search]`, enabled, laid out) — the screen of a profile that finished the
 * wizard — or, with no tab list (the wizard has none), an enabled, laid-out button (the wizard's
 * "Get started"). The figure is `performance.now()` (ms from navigation start) in the first
 * animation frame after that DOM change, i.e. the frame that paints it. With it: every same-origin
 * `.js` resource the page's Resource Timing lists as started by then (fetched, or taken from the
 * cache on a warm load).
 */
const DETECTOR = `(() => {
  if (!location.pathname.endsWith('/taskpane.html')) return;
  const laidOut = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const enabled = (el) => !el.disabled && el.getAttribute('aria-disabled') !== 'true';
  const find = () => {
    const main = document.querySelector('main[data-host-kind]');
    if (!main) return null;
    const search = main.querySelector('input[type=search]');
    if (search && enabled(search) && laidOut(search)) return 'records';
    if (main.querySelector('[role=tablist]')) return null;
    return [...main.querySelectorAll('button')].some((b) => enabled(b) && laidOut(b)) ? 'wizard' : null;
  };
  window.__crmFirstScreen = new Promise((resolve) => {
    let found = false;
    const observer = new MutationObserver(() => {
      if (found) return;
      const screen = find();
      if (!screen) return;
      found = true;
      observer.disconnect();
      requestAnimationFrame(() => {
        const t = performance.now();
        const nav = performance.getEntriesByType('navigation')[0];
        const scripts = performance.getEntriesByType('resource')
          .filter((e) => e.startTime <= t && new URL(e.name).origin === location.origin && /\\.js$/.test(new URL(e.name).pathname))
          .map((e) => new URL(e.name).pathname);
        resolve({ screen, interactiveMs: t, domContentLoadedMs: nav ? nav.domContentLoadedEventEnd : -1, scripts });
      });
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'aria-disabled'] });
  });
})();`;

/** No internet here: office.js's CDN fails at once (as offline), without a route (routing would turn Chromium's HTTP cache off). */
const ARGS = [...CHROMIUM_ARGS, '--host-resolver-rules=MAP appsforoffice.microsoft.com ~NOTFOUND'];

/** What the first-screen scenario measured. */
export interface FirstScreenFigures {
  readonly summary: readonly FirstScreenSummary[];
  readonly goals: Goal[];
  readonly loads: ReadonlyArray<FirstScreenLoad & { readonly load: string; readonly run: number }>;
}

/** Sizes of the served files, raw and gzipped (node:zlib, level 6 like a default web server). */
function sizer(dist: string): (path: string) => ScriptFetch {
  const known = new Map<string, ScriptFetch>();
  return (path) => {
    let entry = known.get(path);
    if (!entry) {
      const body = readFileSync(join(dist, path));
      entry = { path, bytes: body.length, gzipBytes: gzipSync(body, { level: 6 }).length };
      known.set(path, entry);
    }
    return entry;
  };
}

async function launch(profile: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: ARGS,
    viewport: { width: 420, height: 900 },
    locale: 'en-US',
  });
  await context.addInitScript(DETECTOR);
  return context;
}

/** One navigation to the task pane in a new tab of `context`, until its first interactive screen. */
async function load(
  context: BrowserContext,
  origin: string,
  size: (path: string) => ScriptFetch,
): Promise<FirstScreenLoad> {
  const page: Page = await context.newPage();
  page.on('pageerror', (error) => console.error(`task pane error: ${error.message}`));
  try {
    await page.goto(`${origin}/taskpane.html?standalone`, { waitUntil: 'commit' });
    const result = await page.waitForFunction(
      () => (window as unknown as { __crmFirstScreen?: Promise<unknown> }).__crmFirstScreen,
      undefined,
      { timeout: 60_000 },
    );
    const seen = (await result.jsonValue()) as {
      screen: 'wizard' | 'records';
      interactiveMs: number;
      domContentLoadedMs: number;
      scripts: string[];
    };
    return { ...seen, scripts: [...new Set(seen.scripts)].map(size) };
  } finally {
    await page.close();
  }
}

/**
 * Issue 20's first-screen scenario: the add-in's production build (or `dist`, an existing one)
 * served as a static host would serve it (ETags; content-hashed files cached for a year) with the
 * same-origin simulator, opened as `taskpane.html?standalone` in headless Chromium.
 * Each run: a fresh profile (cold: empty HTTP cache and no IndexedDB, so the wizard), then a second
 * tab in the same profile (warm: HTTP and V8 code caches filled by the first). With `records`, one
 * more profile finishes the wizard against a small data set and then loads the records list
 * `runs` times, cold (the HTTP cache cleared over DevTools first) and warm.
 */
export async function firstScreenScenario(options: {
  runs: number;
  dist?: string;
  records?: boolean;
  log?: (line: string) => void;
}): Promise<FirstScreenFigures> {
  const log = options.log ?? (() => undefined);
  const work = mkdtempSync(join(tmpdir(), 'crm-bench-first-'));
  const dist = options.dist ?? join(work, 'dist');
  if (!options.dist) await buildTaskPane(dist);
  const simulator = createSimulator({ data: optionsForRecords(300) });
  const server = await serveStatic(dist, { middleware: createSimulatorMiddleware(simulator), cache: true });
  const size = sizer(dist);
  const loads: Array<FirstScreenLoad & { load: string; run: number }> = [];
  try {
    for (let run = 0; run < options.runs; run++) {
      const profile = join(work, `profile-${run}`);
      const context = await launch(profile);
      try {
        await waitForIdleBrowser({ windowMs: 500, maxMs: 5_000 });
        loads.push({ load: 'cold', run, ...(await load(context, server.origin, size)) });
        await waitForIdleBrowser({ windowMs: 500, maxMs: 5_000 });
        loads.push({ load: 'warm', run, ...(await load(context, server.origin, size)) });
      } finally {
        await context.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      }
      const [cold, warm] = loads.slice(-2);
      log(
        `first screen run ${run + 1}: cold ${Math.round(cold.interactiveMs)} ms, warm ${Math.round(warm.interactiveMs)} ms`,
      );
    }
    if (options.records) {
      const context = await launch(join(work, 'profile-records'));
      try {
        const page = await context.newPage();
        await firstRun(page, server.origin);
        await page.close();
        const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
        for (let run = 0; run < options.runs; run++) {
          await cdp.send('Network.clearBrowserCache');
          await waitForIdleBrowser({ windowMs: 500, maxMs: 5_000 });
          loads.push({ load: 'cold', run, ...(await load(context, server.origin, size)) });
          await waitForIdleBrowser({ windowMs: 500, maxMs: 5_000 });
          loads.push({ load: 'warm', run, ...(await load(context, server.origin, size)) });
        }
      } finally {
        await context.close().catch(() => undefined);
      }
      log(`first screen: records list loaded ${options.runs} times`);
    }
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  const summary: FirstScreenSummary[] = [];
  for (const screen of ['wizard', 'records'] as const)
    for (const kind of ['cold', 'warm']) {
      const some = loads.filter((l) => l.screen === screen && l.load === kind);
      if (some.length > 0) summary.push(summarizeLoads(kind, some));
    }
  return { summary, goals: judgeFirstScreenGoals(summary), loads };
}
