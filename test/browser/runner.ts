import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';

/** What every browser test receives besides its page. */
export interface BrowserTestContext {
  /** e.g. `http://localhost:41234` */
  readonly origin: string;
  /** Saves a PNG of the page as <name>.png in the screenshot folder (see `screenshots` below). */
  screenshot(page: Page, name: string): Promise<void>;
}

/** A browser test: a named export of a `test/browser/*.browser.ts` file. */
export type BrowserTest = (page: Page, ctx: BrowserTestContext) => Promise<void>;

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// A test run writes its pictures to test-results/ (ignored by git); `npm run screenshots` refreshes
// the committed ones in docs/screenshots/ that the README shows, so a plain `npm test` leaves the tree clean.
const screenshots =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? join(repo, 'docs', 'screenshots')
    : join(repo, 'test-results', 'screenshots');
const TEST_TIMEOUT_MS = 30_000;

/** `showsTheErrorForAWrongPassword` → `shows the error for a wrong password` */
export function titleOf(name: string): string {
  return name
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase()
    .trim();
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms)),
  );
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs each test in a fresh page of `context`; a thrown error or any page error fails it.
 * Prints `✓ name` / `✗ name` and the summary line CI reads: `N passed, M failed`.
 */
export async function runBrowserTests(
  context: BrowserContext,
  tests: Array<[string, BrowserTest]>,
  origin: string,
): Promise<number> {
  mkdirSync(screenshots, { recursive: true });
  const ctx: BrowserTestContext = {
    origin,
    screenshot: async (page, name) => {
      // Let Fluent's focus and hover transitions finish so the picture shows a settled page.
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
    },
  };
  let passed = 0;
  let failed = 0;
  for (const [name, test] of tests) {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await withTimeout(test(page, ctx), TEST_TIMEOUT_MS, titleOf(name));
      if (pageErrors.length > 0) throw new Error(`page error(s): ${pageErrors.join(' | ')}`);
      passed++;
      console.log(`✓ ${titleOf(name)}`);
    } catch (error) {
      failed++;
      console.log(`✗ ${titleOf(name)}\n    ${(error as Error)?.stack ?? String(error)}`);
    } finally {
      await page.close().catch(() => undefined);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed;
}
