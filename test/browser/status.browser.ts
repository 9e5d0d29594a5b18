import type { Page } from 'playwright-core';
import type { BrowserTestContext } from './runner';

async function admin(page: Page, ctx: BrowserTestContext, action: string, body: unknown): Promise<void> {
  const response = await page.request.post(`${ctx.origin}/simulator/admin/${action}`, { data: body });
  if (!response.ok()) throw new Error(`simulator admin ${action} answered ${response.status()}: ${await response.text()}`);
}

/** The browser profile is shared by every browser test: start and end with no add-in state. */
async function forgetEverything(page: Page): Promise<void> {
  await page.evaluate(async () => {
    localStorage.clear();
    const names = (await indexedDB.databases()).map((d) => d.name).filter((n): n is string => typeof n === 'string');
    await Promise.all(names.map((name) => new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = request.onblocked = () => resolve(undefined);
    })));
  });
}

/**
 * After the first sync, a Sync now against a server that answers with an HTML page fails and the
 * history says what to do; a slow but healthy sync shows live progress and then succeeds.
 */
export async function showsSyncProgressAndAHistoryWithWhatToDoAboutAFailure(page: Page, ctx: BrowserTestContext): Promise<void> {
  await admin(page, ctx, 'reset', {});
  try {
    await page.goto(`${ctx.origin}/taskpane.html?standalone`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { level: 1, name: 'CRM Desktop' }).waitFor();
    await forgetEverything(page);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'Get started' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('textbox', { name: 'User name' }).fill('JSMITH');
    await page.getByRole('textbox', { name: 'Password' }).fill('Welcome1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Start synchronization' }).click({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Open my CRM data' }).click({ timeout: 20_000 });
    await page.getByRole('tab', { name: 'Sync' }).click();
    const history = page.getByRole('list', { name: 'Synchronization history' });
    await history.getByRole('listitem').first().waitFor();

    await admin(page, ctx, 'faults', { rules: [{ kind: 'html', operation: 'DownloadMetadataFiles', times: 3 }] });
    await page.getByRole('button', { name: 'Sync now' }).click();
    const failed = history.getByRole('listitem', { name: /: Failed$/ }).first();
    await failed.waitFor({ timeout: 15_000 });
    const failure = (await failed.textContent()) ?? '';
    if (!failure.includes('What to do:')) throw new Error(`the failed run says nothing about what to do: ${JSON.stringify(failure)}`);

    await admin(page, ctx, 'faults', { clear: true, rules: [{ kind: 'latency', ms: 700, operation: 'QueryPage', times: 4 }] });
    await page.getByRole('button', { name: 'Sync now' }).click();
    const progress = page.getByRole('status').filter({ hasText: /^(Synchronizing|Connecting|Checking|Removing|Saving|Signing)/ });
    await progress.first().waitFor({ timeout: 10_000 });
    await ctx.screenshot(page, '13-sync-progress');
    await page.getByText(/^Synchronized: /).waitFor({ timeout: 20_000 });
    await ctx.screenshot(page, '14-sync-history');
  } finally {
    await forgetEverything(page).catch(() => undefined);
    await admin(page, ctx, 'reset', {}).catch(() => undefined);
  }
}
