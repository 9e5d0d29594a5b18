// `npm run test:browser`: the task pane in a real Chromium against the same-origin simulator.
// Starts its own dev server on a free port, runs every named export of test/browser/*.browser.ts,
// always closes browser and server, and exits non-zero on any failure.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './findChromium';
import { runBrowserTests } from './runner';
import type { BrowserTest } from './runner';
import { startDevServer } from './startDevServer';
import type { DevServer } from './startDevServer';

const here = dirname(fileURLToPath(import.meta.url));

async function loadTests(): Promise<Array<[string, BrowserTest]>> {
  // `npx tsx test/browser/run.ts editOffline` runs only the files whose names contain an argument.
  const only = process.argv.slice(2);
  const files = readdirSync(here)
    .filter((name) => name.endsWith('.browser.ts') && (only.length === 0 || only.some((part) => name.includes(part))))
    .sort();
  const tests: Array<[string, BrowserTest]> = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(here, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module))
      if (typeof value === 'function') tests.push([name, value as BrowserTest]);
  }
  if (tests.length === 0) throw new Error(`no tests found in ${here}/*.browser.ts`);
  return tests;
}

async function main(): Promise<number> {
  const started = Date.now();
  const executablePath = findChromium();
  const tests = await loadTests();
  // A persistent profile, as IndexedDB-backed features (later issues) need one that survives pages.
  const userDataDir = mkdtempSync(join(tmpdir(), 'crm-desktop-chromium-'));
  let server: DevServer | undefined;
  let context: BrowserContext | undefined;
  try {
    server = await startDevServer();
    console.log(`dev server ready at ${server.origin} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 320, height: 720 },
    });
    // No internet here: refuse office.js at once instead of letting the request hang.
    await context.route('https://appsforoffice.microsoft.com/**', (route) => route.abort('internetdisconnected'));
    const failed = await runBrowserTests(context, tests, server.origin);
    console.log(`browser run took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return failed;
  } finally {
    await context?.close().catch((error: unknown) => console.error(`closing Chromium failed: ${String(error)}`));
    await server?.stop().catch((error: unknown) => console.error(`stopping the dev server failed: ${String(error)}`));
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().then(
  (failed) => process.exit(failed === 0 ? 0 : 1),
  (error: unknown) => {
    console.error(`browser tests could not run: ${(error as Error)?.stack ?? String(error)}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
