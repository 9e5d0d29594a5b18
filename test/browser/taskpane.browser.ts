import type { Page } from 'playwright-core';
import { test, type BrowserTestContext } from './fixtures';

async function openTaskpane(page: Page, ctx: BrowserTestContext, query = '?standalone'): Promise<void> {
  await page.goto(`${ctx.origin}/taskpane.html${query}`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('heading', { name: 'CRM Desktop', exact: true }).waitFor();
}

function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (actual !== expected)
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** Without ?standalone and without office.js (no internet), the page still starts standalone. */
test('starts standalone when office js cannot load', async ({ page, ctx }) => {
  await openTaskpane(page, ctx, '');
  expectEqual(await page.locator('main').getAttribute('data-host-kind'), 'standalone', 'host kind');
});
