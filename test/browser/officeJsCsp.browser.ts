// The Content-Security-Policy of every page against the real office.js (docs/reliability.md,
// "Content-Security-Policy"). There is no internet here, so the CDN folder the pages load office.js
// from is served from the `@microsoft/office-js` package's dist/ folder, the same files the CDN hosts,
// and the pages are served over https, as Outlook requires, by proxying the dev server.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { test, type BrowserTestContext } from './fixtures';

/** The folder of the `<script src>` in taskpane.html, commands.html and loginDialog.html. */
const CDN_FOLDER = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
/** An https origin for the add-in pages: office.js picks https or http for its own downloads from the page's protocol. */
const ADDIN_ORIGIN = 'https://addin.test';
/** Scripts office.js fetches from elsewhere that the package does not ship; requested, then answered 404. */
const NOT_IN_PACKAGE = ['https://ajax.aspnetcdn.com/'];
/** The error office.js's Outlook host script throws when its MicrosoftAjax.js download fails (404 here, offline). */
const MS_AJAX_MISSING = 'Not able to load MicrosoftAjax.js.';

/**
 * How Office opens an add-in page: nothing (a plain browser), or the `_host_Info` query parameter
 * Outlook appends (host$platform$version$locale$…), which makes office.js load that host's scripts.
 */
const HOSTS: Record<string, string> = {
  'a plain browser': '',
  'Outlook on the web': '_host_Info=Outlook$Web$16.01$en-US$$$$0',
  'Outlook on Windows': '_host_Info=Outlook$Win32$16.02$en-US$$$$0',
  'Outlook on Mac': '_host_Info=Outlook$Mac$16.00$en-US$$$$0',
};
// office.js loads its host and locale scripts one after another; settled means no new request for this long.
const QUIET_MS = 1_000;
const SETTLE_LIMIT_MS = 5_000;
/**
 * In a plain browser office.js (its ULS logger in o15apptofilemappingtable.js) frames Microsoft's
 * telemetry proxy 3 s after it starts. The policy has no `frame-src` for it, on purpose: the add-in
 * sends no telemetry of its own and the standalone page has no Office host to report to. Each page
 * stays open past that moment, so the outcome does not depend on how fast the machine is, and only
 * that one blocked frame is accepted (docs/reliability.md, "Content-Security-Policy").
 */
const TELEMETRY_FRAME_DELAY_MS = 3_000;
const TELEMETRY_PROXY = 'https://telemetryservice.firstpartyapps.oaspapps.com';

const distFolder = join(dirname(createRequire(import.meta.url).resolve('@microsoft/office-js/package.json')), 'dist');
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.html': 'text/html',
};

/** What one page did under its CSP. */
interface PageRun {
  /** Paths below {@link CDN_FOLDER} that office.js asked for, in order, with the status served. */
  readonly cdnRequests: string[];
  /** Requests to neither the add-in nor the CDN folder (answered 404 if in {@link NOT_IN_PACKAGE}). */
  readonly otherRequests: string[];
  /** `securitypolicyviolation` events, as `<directive> <blocked URI> (<source file>:<line>)`. */
  readonly violations: string[];
  /** Console messages that mention the Content Security Policy. */
  readonly cspConsole: string[];
  /** Uncaught errors of the page. */
  readonly pageErrors: string[];
}

/** Serves a CDN path from the package's dist/ folder; a file the package lacks is a 404, recorded as such. */
async function serveFromPackage(route: Route, run: PageRun): Promise<void> {
  const path = decodeURIComponent(new URL(route.request().url()).pathname.slice(new URL(CDN_FOLDER).pathname.length));
  const file = normalize(join(distFolder, path));
  const found = file.startsWith(distFolder + sep) && existsSync(file) && statSync(file).isFile();
  run.cdnRequests.push(`${path} ${found ? 200 : 404}`);
  if (!found)
    return route.fulfill({ status: 404, contentType: 'text/plain', body: `not in @microsoft/office-js/dist: ${path}` });
  await route.fulfill({
    status: 200,
    contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    body: readFileSync(file),
  });
}

/** Serves {@link ADDIN_ORIGIN} from the dev server, so the pages run over https with their own CSP meta. */
async function proxyDevServer(route: Route, devOrigin: string): Promise<void> {
  const url = new URL(route.request().url());
  await route.fulfill({ response: await route.fetch({ url: `${devOrigin}${url.pathname}${url.search}` }) });
}

/** Routes the add-in and the CDN, and records from before the first script what the page's CSP blocked. */
async function watchPage(page: Page, devOrigin: string): Promise<PageRun> {
  const run: PageRun = { cdnRequests: [], otherRequests: [], violations: [], cspConsole: [], pageErrors: [] };
  // Page routes win over the context route (fixtures.ts) that refuses the CDN.
  await page.route(`${ADDIN_ORIGIN}/**`, (route) => proxyDevServer(route, devOrigin));
  await page.route(`${CDN_FOLDER}**`, (route) => serveFromPackage(route, run));
  for (const prefix of NOT_IN_PACKAGE)
    await page.route(`${prefix}**`, (route) => route.fulfill({ status: 404, body: 'not available offline' }));
  await page.exposeFunction('__cspViolation', (text: string) => void run.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        (window as unknown as { __cspViolation(t: string): void }).__cspViolation(
          `${e.violatedDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`,
        ),
      true,
    );
  });
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) run.cspConsole.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => run.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(ADDIN_ORIGIN) && !url.startsWith(CDN_FOLDER) && !/^(data|blob):/.test(url))
      run.otherRequests.push(url);
  });
  return run;
}

/** Waits until office.js has stopped asking for files (it chains host, locale and helper scripts). */
async function settle(page: Page, run: PageRun): Promise<void> {
  const started = Date.now();
  let seen = -1;
  while (seen !== run.cdnRequests.length + run.otherRequests.length && Date.now() - started < SETTLE_LIMIT_MS) {
    seen = run.cdnRequests.length + run.otherRequests.length;
    await page.waitForTimeout(QUIET_MS);
  }
}

/** Opens `file` as each of {@link HOSTS} opens it; returns what went wrong, and logs what office.js asked for. */
async function checkPage(page: Page, ctx: BrowserTestContext, file: string): Promise<void> {
  const failures: string[] = [];
  for (const [host, query] of Object.entries(HOSTS)) {
    // A fresh tab each time: office.js keeps the host info in sessionStorage.
    const tab = await page.context().newPage();
    try {
      const run = await watchPage(tab, ctx.origin);
      const url = `${ADDIN_ORIGIN}/${file}${query ? `?${query}` : file === 'taskpane.html' ? '?standalone' : ''}`;
      const opened = Date.now();
      await tab.goto(url, { waitUntil: 'load' });
      await settle(tab, run);
      if (host === 'a plain browser')
        await tab.waitForTimeout(Math.max(0, opened + TELEMETRY_FRAME_DELAY_MS + QUIET_MS - Date.now()));
      const officeLoaded = await tab.evaluate(
        () => typeof (window as unknown as { Office?: { onReady?: unknown } }).Office?.onReady === 'function',
      );
      console.log(
        `    ${file} in ${host}: office.js ${officeLoaded ? 'ran' : 'DID NOT RUN'}; from the CDN folder: ${run.cdnRequests.join(', ') || 'nothing'}; elsewhere: ${run.otherRequests.join(', ') || 'nothing'}`,
      );
      const what = `${file} in ${host}`;
      if (!officeLoaded || !run.cdnRequests.includes('office.js 200'))
        failures.push(`${what}: office.js did not run from the package (${run.cdnRequests.join(', ')})`);
      // The dev server's live-reload client dials the dev server itself, which the https proxy moved to another
      // origin; that socket is an artefact of this test (no such client in a build), not a need of office.js.
      const devSocket = `ws://${new URL(ctx.origin).host}/`;
      const telemetry = (text: string) => host === 'a plain browser' && text.includes(TELEMETRY_PROXY);
      const violations = run.violations.filter(
        (violation) =>
          !violation.startsWith(`connect-src ${devSocket}`) &&
          !(violation.startsWith('frame-src') && telemetry(violation)),
      );
      const cspConsole = run.cspConsole.filter(
        (message) => !message.includes(`'${devSocket}`) && !(message.includes('Framing') && telemetry(message)),
      );
      if (violations.length > 0) failures.push(`${what}: CSP violation(s): ${violations.join(' | ')}`);
      if (cspConsole.length > 0) failures.push(`${what}: CSP console message(s): ${cspConsole.join(' | ')}`);
      // MicrosoftAjax.js is not in the package and there is no internet: its 404 is expected once requested.
      const msAjaxRequested = run.otherRequests.some((request) =>
        NOT_IN_PACKAGE.some((prefix) => request.startsWith(prefix)),
      );
      const errors = run.pageErrors.filter((error) => !(msAjaxRequested && error === MS_AJAX_MISSING));
      if (errors.length > 0) failures.push(`${what}: page error(s): ${errors.join(' | ')}`);
    } finally {
      await tab.close();
    }
  }
  if (failures.length > 0)
    throw new Error(`the real office.js under the page's CSP:\n      ${failures.join('\n      ')}`);
}

/** The task pane loads the real office.js and what it then asks for, in a browser and as each Outlook opens it, with no CSP violation. */
test('task pane loads the real office js with no csp violation', { tag: '@exclusive' }, async ({ page, ctx }) => {
  await checkPage(page, ctx, 'taskpane.html');
});

/** The function file (ribbon commands) loads the real office.js and what it then asks for with no CSP violation. */
test('function file loads the real office js with no csp violation', { tag: '@exclusive' }, async ({ page, ctx }) => {
  await checkPage(page, ctx, 'commands.html');
});

/** The login dialog loads the real office.js and what it then asks for with no CSP violation. */
test('login dialog loads the real office js with no csp violation', { tag: '@exclusive' }, async ({ page, ctx }) => {
  await checkPage(page, ctx, 'loginDialog.html');
});
