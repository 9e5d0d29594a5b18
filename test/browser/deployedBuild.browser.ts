import { expect } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createSimulator, createSimulatorMiddleware } from '../../src/simulator';
import { buildTaskPane } from '../bench/chromium/buildTaskPane';
import { serveStatic } from '../bench/chromium/serveStatic';
import { openTab } from './addinPages';
import { test } from './fixtures';

/** The base URL CI builds with (.ci/run); the test builds with it too when no build is given. */
const BASE_URL = 'https://crm-desktop.example.com/';

/**
 * The production build a company deploys (issue 22): built for a base URL, copied to a plain static
 * host with a deployment file that locks the server URL and hides "Remember password", beside a
 * Siebel Server (the simulator, same origin, as docs/deployment/nginx.conf proxies it). Uses the
 * build in `DEPLOYED_DIST` (CI: the `dist/` its build step made), else builds into a temp folder.
 */
test('the deployed build honours the administrator’s settings and reports without secrets @exclusive', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const given = process.env.DEPLOYED_DIST;
  const dist = given ?? mkdtempSync(join(tmpdir(), 'crm-deployed-'));
  try {
    if (!given) await buildTaskPane(dist, { baseUrl: BASE_URL });
    expect(existsSync(join(dist, 'taskpane.html'))).toBe(true);
    expect(readFileSync(join(dist, 'manifest.xml'), 'utf8')).toContain(BASE_URL);

    const simulator = createSimulator();
    const siebel = createSimulatorMiddleware(simulator);
    let deploymentJson = '';
    const middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
      if (new URL(req.url ?? '/', 'http://x').pathname === '/deployment.json') {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' });
        res.end(deploymentJson);
        return;
      }
      siebel(req, res, next);
    };
    const server = await serveStatic(dist, { middleware, cache: true });
    try {
      const serverUrl = `${server.origin}/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1`;
      deploymentJson = JSON.stringify({
        admin: {
          serverUrl,
          lockServerUrl: true,
          offerRememberPassword: false,
          supportContact: 'CRM helpdesk, +1 555 0100',
        },
      });
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      await page.goto(`${server.origin}/taskpane.html?standalone`, { waitUntil: 'domcontentloaded' });
      await page.getByRole('button', { name: 'Get started' }).click();

      // The locked server, read-only, as set by the administrator; the connection test passes against it.
      const url = page.getByLabel(/^Siebel Server URL/);
      await expect(url).toHaveValue(serverUrl);
      await expect(url).toHaveAttribute('readonly', '');
      await expect(page.getByText('Set by your CRM administrator')).toBeVisible();
      await page.getByRole('button', { name: 'Next' }).click();

      // No password saving offered.
      await page.getByLabel(/^User name/).fill('JSMITH');
      await page.getByLabel(/^Password/).fill('Welcome1');
      await expect(page.getByText('Remember password on this computer')).toHaveCount(0);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Start synchronization' }).click({ timeout: 20_000 });
      await page.getByRole('heading', { name: 'You are all set' }).waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Open my CRM data' }).click();
      await openTab(page, 'Options');

      // The helpdesk's report: what it should hold, and no secret.
      await expect(page.getByText('Help: CRM helpdesk, +1 555 0100')).toBeVisible();
      await page.getByRole('button', { name: 'Copy diagnostic report' }).click();
      await expect(page.getByText(/The diagnostic report is on the clipboard/)).toBeVisible();
      const report = await page.evaluate(() => navigator.clipboard.readText());
      expect(report).toContain(`production build for ${BASE_URL}`);
      expect(report).toContain(`Login: JSMITH at ${serverUrl}`);
      expect(report).toMatch(/Package: 1-PKG-SALES \(responsibility \S+, hash \S+\)/);
      expect(report).toContain('"lockServerUrl": true');
      expect(report).toMatch(/initial succeeded, [\d.]+ s\n {4}received: Account \+[1-9]/);
      expect(report).not.toContain('Welcome1');
      const [account] = simulator.data.list('Account', 'JSMITH');
      expect(report).not.toContain(String(account.Name));
      expect(simulator.openSessionCount()).toBe(0);
    } finally {
      await server.close();
    }
  } finally {
    if (!given) rmSync(dist, { recursive: true, force: true });
  }
});
