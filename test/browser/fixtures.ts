// The fixtures of the browser tests (Playwright Test; docs/browser-tests.md). Every test file imports
// `test` from here, not from '@playwright/test'.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { EXCLUSIVE_TAG, takeMachine } from './machineShare';
import { startDevServer } from './startDevServer';

/** What every browser test receives besides its page (the `ctx` fixture). */
export interface BrowserTestContext {
  /** e.g. `http://localhost:41234`: the dev server (and simulator) of this worker. */
  readonly origin: string;
  /** Saves a PNG of the page as <name>.png in the screenshot folder (see `screenshots` below), after 400 ms. */
  screenshot(page: Page, name: string): Promise<void>;
}

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// A test run writes its pictures to test-results/ (ignored by git); `npm run screenshots` refreshes
// the committed ones in docs/screenshots/ that the README shows, so a plain `npm test` leaves the tree clean.
const screenshots =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? join(repo, 'docs', 'screenshots')
    : join(repo, 'test-results', 'screenshots');

/** The office.js CDN: there is no internet here, so its requests are refused at once instead of hanging. */
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/**';

interface TestFixtures {
  /**
   * Auto, set up before the others: a test tagged `@exclusive` waits until no other test runs and
   * keeps the other worker waiting until it ends; an ordinary test waits while an exclusive one runs
   * (machineShare.ts). The wait does not count against the test's 30 s.
   */
  machineShare: void;
  /** `test.use({ persistentProfile: true })`: the test's context is a persistent profile (a temp dir), not an incognito one. */
  persistentProfile: boolean;
  /**
   * Saves a full-page PNG named `<name>.png`, 400 ms after asking (Fluent's transitions settle); as
   * `ctx.screenshot`. Not called `screenshot`: that name is Playwright's option for failure screenshots.
   */
  saveScreenshot: BrowserTestContext['screenshot'];
  /** `origin` and `saveScreenshot` together, as the tests and helpers (addinPages.ts, model/) take them. */
  ctx: BrowserTestContext;
  /** Auto: any uncaught error of the test's page fails the test. */
  failOnPageError: void;
}

interface WorkerFixtures {
  /**
   * The origin of the worker's own dev server and simulator, as `ctx.origin`. In the worker's process,
   * as the old runner had it in the tests' process: see docs/browser-tests.md, "Why a dev server per worker".
   */
  origin: string;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  machineShare: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
    async ({}, use, testInfo) => {
      // No timeout while waiting for the turn; then the test's own, counted from now on.
      const { timeout } = testInfo;
      const asked = Date.now();
      testInfo.setTimeout(0);
      const release = await takeMachine(testInfo.tags.includes(EXCLUSIVE_TAG));
      testInfo.setTimeout(timeout === 0 ? 0 : timeout + (Date.now() - asked));
      try {
        await use();
      } finally {
        release();
      }
    },
    { auto: true },
  ],
  origin: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
    async ({}, use, workerInfo) => {
      const started = Date.now();
      const server = await startDevServer();
      console.log(
        `worker ${workerInfo.parallelIndex}: dev server ready at ${server.origin} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
      try {
        await use(server.origin);
      } finally {
        await server.stop();
      }
    },
    // 5–20 s from webpack's cache (globalSetup.ts); a cold build takes 16–40 s here, more two at once.
    { scope: 'worker', timeout: 180_000 },
  ],
  persistentProfile: [false, { option: true }],
  context: async ({ context, persistentProfile, playwright, launchOptions, headless, viewport }, use) => {
    let used: BrowserContext = context;
    let userDataDir: string | undefined;
    if (persistentProfile) {
      userDataDir = mkdtempSync(join(tmpdir(), 'crm-desktop-chromium-'));
      used = await playwright.chromium.launchPersistentContext(userDataDir, {
        ...launchOptions,
        headless,
        viewport,
      });
      // Its first tab stays blank: the `page` fixture opens the test's own, as in an incognito context.
      await Promise.all(used.pages().map((blank) => blank.close()));
    }
    try {
      await used.route(OFFICE_JS_CDN, (route) => route.abort('internetdisconnected'));
      await use(used);
    } finally {
      if (userDataDir) {
        await used.close().catch(() => undefined);
        rmSync(userDataDir, { recursive: true, force: true });
      }
    }
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
  saveScreenshot: async ({}, use) => {
    mkdirSync(screenshots, { recursive: true });
    await use(async (page, name) => {
      // Let Fluent's focus and hover transitions finish so the picture shows a settled page.
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
    });
  },
  ctx: async ({ origin, saveScreenshot }, use) => use({ origin, screenshot: saveScreenshot }),
  failOnPageError: [
    async ({ page }, use) => {
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await use();
      if (pageErrors.length > 0) throw new Error(`page error(s): ${pageErrors.join(' | ')}`);
    },
    { auto: true },
  ],
});
