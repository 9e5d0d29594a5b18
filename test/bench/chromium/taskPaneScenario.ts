import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createSimulator, createSimulatorMiddleware, optionsForRecords, type Simulator } from '../../../src/simulator';
import { CHROMIUM_ARGS, findChromium } from '../../browser/findChromium';
import { median, round } from '../report/stats';
import { buildTaskPane } from './buildTaskPane';
import { serveStatic } from './serveStatic';
import { INSTANT_MAXIMUM_PAGE_SIZE } from '../node/nodeWorld';

/** The demo user of the simulator (the same as the bench's other scenarios). */
const USER = { userName: 'JSMITH', password: 'Welcome1' };

/**
 * In-page helpers, as a string: tsx would wrap named inner functions in a `__name` helper the page
 * lacks. `arm(kind, text)` starts watching and resolves with the ms from the trigger (the last
 * keystroke in the search box, or the click on the Records tab) to the first animation frame in
 * which the list shows real rows (no "Loading…" placeholder) under the expected status line.
 */
const HELPERS = `window.__crmBench = {
  arm: (kind, text) => new Promise((resolve, reject) => {
    let start = null;
    const onEvent = (event) => {
      if (kind === 'search' && event.type === 'input') start = performance.now();
      if (kind === 'open' && event.type === 'click' && event.target.closest && event.target.closest('#tab-records')) start = performance.now();
    };
    document.addEventListener('input', onEvent, true);
    document.addEventListener('click', onEvent, true);
    const deadline = performance.now() + 30000;
    const check = () => {
      const list = document.querySelector('[role=list][aria-label="Accounts"]');
      const status = list && list.closest('section') && list.closest('section').querySelector('[role=status]');
      const statusText = status ? status.textContent : '';
      const rows = list ? list.querySelectorAll('button[data-index]').length : 0;
      const busy = list ? list.querySelectorAll('[aria-busy=true]').length : 1;
      const expected = kind === 'search' ? statusText.startsWith('Matches for "' + text + '"') : /^[0-9,.]+ accounts$/.test(statusText);
      if (start !== null && rows > 0 && busy === 0 && expected) {
        document.removeEventListener('input', onEvent, true);
        document.removeEventListener('click', onEvent, true);
        resolve({ ms: performance.now() - start, rows });
      } else if (performance.now() > deadline) reject(new Error('the records list did not show: ' + statusText));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }),
};`;

/** What scenario 4 measured in the real task pane. */
export interface TaskPaneFigures {
  readonly records: number;
  /** Initial sync through the wizard (engine in the sync worker), for reference. */
  readonly wizardSyncS: number;
  readonly openListMs: number;
  readonly searchMs: number;
  /** The list's search debounce, included in `searchMs` (a pause in typing before the query runs). */
  readonly searchDebounceMs: number | null;
  readonly searchTexts: string[];
  readonly openRuns: number[];
  readonly searchRuns: number[];
}

/** The first-run wizard as the demo user, to the end of its first sync; resolves with the sync's seconds. */
export async function firstRun(page: Page, origin: string): Promise<number> {
  await page.goto(`${origin}/taskpane.html?standalone`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: 'Get started' }).click({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('textbox', { name: 'User name' }).fill(USER.userName);
  await page.getByRole('textbox', { name: 'Password' }).fill(USER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Start synchronization' }).click({ timeout: 30_000 });
  const started = Date.now();
  await page.getByRole('button', { name: 'Open my CRM data' }).click({ timeout: 300_000 });
  return (Date.now() - started) / 1000;
}

/** 2-letter prefixes of account names spread over the user's accounts (not just the list's first rows). */
function searchPrefixes(simulator: Simulator, count: number): string[] {
  const names = [...simulator.data.list('Account', USER.userName)].map((r) => String(r.Name ?? '').trim());
  const picked = Array.from(
    { length: count },
    (_, i) => names[Math.floor(((i + 0.5) * names.length) / count)]?.slice(0, 2) ?? '',
  );
  return picked.map((p) => (/^[A-Za-z]{2}$/.test(p) ? p : 'Ac'));
}

async function measureOpen(page: Page): Promise<number> {
  await page.locator('#tab-sync').click();
  await page.locator('#tab-records').waitFor();
  const result = page.evaluate(() =>
    (window as unknown as { __crmBench: { arm(k: string, t: string): Promise<{ ms: number }> } }).__crmBench.arm(
      'open',
      '',
    ),
  );
  await page.locator('#tab-records').click();
  return (await result).ms;
}

async function measureSearch(page: Page, text: string): Promise<number> {
  const box = page.getByRole('searchbox', { name: 'Search Accounts' });
  const result = page.evaluate(
    (t) =>
      (window as unknown as { __crmBench: { arm(k: string, t: string): Promise<{ ms: number }> } }).__crmBench.arm(
        'search',
        t,
      ),
    text,
  );
  await box.pressSequentially(text);
  const { ms } = await result;
  await box.fill('');
  // Back to the whole list before the next search, so each one starts from the same state.
  await page
    .getByRole('status')
    .filter({ hasText: / accounts$/ })
    .waitFor();
  return ms;
}

/**
 * Scenario 4 in the REAL task pane: the production webpack build, standalone host, served on the
 * same origin as the simulator (so the wizard's default server URL works), in Chromium with a
 * fresh disk-backed profile. The wizard's first sync fills the store; then, median of `runs`:
 * opening the records list (Sync tab → Records tab, until rows show) and typing a 2-letter search
 * (last keystroke → matching rows shown).
 */
export async function taskPaneScenario(
  size: number,
  runs: number,
  /** A production build made already (the bench builds once for this scenario and the first screen). */
  built?: { dist: string; debounceMs: number | null },
): Promise<TaskPaneFigures> {
  const work = mkdtempSync(join(tmpdir(), 'crm-bench-pane-'));
  const simulator = createSimulator({ data: optionsForRecords(size), maximumPageSize: INSTANT_MAXIMUM_PAGE_SIZE });
  const dist = built?.dist ?? join(work, 'dist');
  const { debounceMs } = built ?? (await buildTaskPane(dist));
  const server = await serveStatic(dist, { middleware: createSimulatorMiddleware(simulator) });
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: findChromium(),
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 420, height: 900 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.error(`task pane error: ${error.message}`));
    const wizardSyncS = await firstRun(page, server.origin);
    await page.evaluate(HELPERS);
    await page
      .getByRole('status')
      .filter({ hasText: / accounts$/ })
      .waitFor();
    const records = Number(
      (
        await page
          .getByRole('status')
          .filter({ hasText: / accounts$/ })
          .textContent()
      )?.replace(/[^0-9]/g, ''),
    );
    const searchTexts = searchPrefixes(simulator, runs);
    const openRuns: number[] = [];
    for (let i = 0; i < runs; i++) openRuns.push(await measureOpen(page));
    const searchRuns: number[] = [];
    for (const text of searchTexts) searchRuns.push(await measureSearch(page, text));
    return {
      records,
      wizardSyncS: round(wizardSyncS, 1),
      openListMs: round(median(openRuns)),
      searchMs: round(median(searchRuns)),
      searchDebounceMs: debounceMs,
      searchTexts,
      openRuns: openRuns.map((ms) => round(ms)),
      searchRuns: searchRuns.map((ms) => round(ms)),
    };
  } finally {
    await context?.close().catch(() => undefined);
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
