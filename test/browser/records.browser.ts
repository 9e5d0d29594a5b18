import type { Page } from 'playwright-core';
import type { BrowserTestContext } from './runner';

const EVIL_NAME = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>Evil Corp';

async function admin(page: Page, ctx: BrowserTestContext, action: string, body: unknown): Promise<unknown> {
  const response = await page.request.post(`${ctx.origin}/simulator/admin/${action}`, { data: body });
  if (!response.ok()) throw new Error(`simulator admin ${action} answered ${response.status()}: ${await response.text()}`);
  return response.json();
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

/** Opens a clean task pane and runs the first-run wizard as JSMITH to a finished first sync. */
async function firstSync(page: Page, ctx: BrowserTestContext): Promise<void> {
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
}

/**
 * After the first sync: search an account, open it and its related contact; an account named
 * with HTML shows as text and runs nothing; the sample mail's sender is found on Current email.
 */
export async function searchesOpensRelatedRecordsAndTheCurrentEmailsContacts(page: Page, ctx: BrowserTestContext): Promise<void> {
  await admin(page, ctx, 'reset', {});
  try {
    await admin(page, ctx, 'data', { op: 'create', typeId: 'Account', fields: { Name: EVIL_NAME, Location: 'Nowhere' }, owner: 'JSMITH' });
    await firstSync(page, ctx);

    const accounts = page.getByRole('list', { name: 'Accounts' });
    await accounts.getByRole('button').first().waitFor({ timeout: 10_000 });
    await ctx.screenshot(page, '10-records-list');

    await page.getByRole('searchbox', { name: 'Search Accounts' }).fill('acme');
    const acme = accounts.getByRole('button', { name: /^Acme/ }).first();
    await acme.waitFor();
    await acme.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /^Acme/ }).waitFor();
    await page.getByRole('heading', { name: /^Contacts \(\d+\)$/ }).waitFor();
    await ctx.screenshot(page, '11-record-detail');
    await page.getByRole('button', { name: 'David Rossi' }).click();
    await page.getByRole('heading', { level: 2, name: 'David Rossi' }).waitFor();
    const email = await page.getByRole('region', { name: 'Contact Details' }).textContent();
    if (!email?.includes('david.rossi@acme.example')) throw new Error(`contact details lack the e-mail address: ${JSON.stringify(email)}`);
    await page.getByRole('button', { name: '← Back', exact: true }).click();
    await page.getByRole('button', { name: /Back to Accounts/ }).click();

    await page.getByRole('searchbox', { name: 'Search Accounts' }).fill('<img');
    const evil = accounts.getByRole('button', { name: /Evil Corp/ });
    await evil.waitFor();
    const shown = await evil.locator('span').first().textContent();
    if (shown !== `${EVIL_NAME} (Nowhere)`) throw new Error(`the HTML name is not shown as text: ${JSON.stringify(shown)}`);
    await evil.click();
    await page.getByRole('heading', { level: 2, name: /Evil Corp/ }).waitFor();
    const injected = await page.evaluate(() => ({ pwned: (window as unknown as { __pwned?: number }).__pwned, images: document.querySelectorAll('main img').length }));
    if (injected.pwned !== undefined || injected.images !== 0) throw new Error(`CRM data was interpreted as HTML: ${JSON.stringify(injected)}`);

    await page.getByRole('tab', { name: 'Current email' }).click();
    const card = page.getByRole('listitem', { name: 'David Rossi' });
    await card.waitFor({ timeout: 10_000 });
    if (!(await card.textContent())?.includes('Acme')) throw new Error('the matched contact does not show its account Acme');
    await ctx.screenshot(page, '12-current-email');
  } finally {
    await forgetEverything(page).catch(() => undefined);
    await admin(page, ctx, 'reset', {}).catch(() => undefined);
  }
}
