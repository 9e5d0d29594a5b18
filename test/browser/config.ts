// Playwright Test's configuration (docs/browser-tests.md), loaded through the top-level
// playwright.config.ts; here, under test/, so `npm run typecheck` checks it with the tests. The task
// pane runs in Debian's Chromium (findChromium.ts; Playwright downloads no browser) against the dev
// server's same-origin simulator.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './findChromium';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');

export default defineConfig({
  testDir: here,
  testMatch: '*.browser.ts',
  // Builds the bundle once into webpack's cache, from which each worker's dev server starts.
  globalSetup: join(here, 'globalSetup.ts'),
  // Two workers fit this machine's two cores. Each worker starts its own dev server and simulator
  // (the `origin` fixture) and every test gets a browser context of its own, so any two tests may run
  // at once (docs/browser-tests.md, "Parallelism").
  workers: 2,
  fullyParallel: true,
  timeout: 30_000,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  // Traces and failure screenshots. Not test-results/ itself, which Playwright empties before each
  // run: it also holds the tests' own pictures (test-results/screenshots) and other suites' output.
  outputDir: join(repo, 'test-results', 'playwright'),
  use: {
    headless: true,
    viewport: { width: 320, height: 720 },
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    // Kept for failed tests only. Without the screencast (a JPEG stream of every page, which cost
    // ~10 % more time per test here): the snapshots around each action show the page as well.
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
  },
});
