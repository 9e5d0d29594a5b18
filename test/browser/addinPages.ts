import type { Page } from 'playwright-core';
import type { BrowserTestContext } from './fixtures';

/** Throws with a readable message when `actual` differs from `expected`. */
export function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (actual !== expected)
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/**
 * Opens the standalone task pane with nothing saved: localStorage (roaming settings) and every
 * IndexedDB database (store, vault) of the origin are wiped first, whatever the page's browser
 * context held before (each test gets a fresh context, but a helper may open the pane twice).
 */
export async function openFreshTaskpane(page: Page, ctx: BrowserTestContext): Promise<void> {
  await page.goto(`${ctx.origin}/taskpane.html?standalone`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('heading', { name: 'CRM Desktop', exact: true }).waitFor();
  await forgetEverything(page);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.getByRole('heading', { name: 'Welcome to CRM Desktop' }).waitFor();
}

/** Wipes localStorage and every IndexedDB database of the page's origin. */
export async function forgetEverything(page: Page): Promise<void> {
  await page.evaluate(async () => {
    localStorage.clear();
    const names = (await indexedDB.databases()).map((db) => db.name).filter((name): name is string => !!name);
    await Promise.all(
      names.map(
        (name) =>
          new Promise((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = request.onerror = request.onblocked = () => resolve(undefined);
          }),
      ),
    );
  });
}

/** Posts `body` to the same-origin simulator's admin endpoint `action` (reset, data, faults…). */
export async function simulatorAdmin(
  page: Page,
  ctx: BrowserTestContext,
  action: string,
  body: unknown,
): Promise<void> {
  const response = await page.request.post(`${ctx.origin}/simulator/admin/${action}`, { data: body });
  if (!response.ok())
    throw new Error(`simulator admin ${action} answered ${response.status()}: ${await response.text()}`);
}

/** The sample email's sender, a seeded contact of Acme visible to JSMITH. */
export const DAVID_ROSSI = '1-2000001';

/** David Rossi's contact as the simulator holds it now (Siebel's field names). */
export async function serverContact(page: Page, ctx: BrowserTestContext): Promise<Record<string, string>> {
  const response = await page.request.post(`${ctx.origin}/simulator/admin/data`, {
    data: { op: 'get', typeId: 'Contact', id: DAVID_ROSSI },
  });
  const { record } = (await response.json()) as { record: Record<string, string> | null };
  if (!record) throw new Error(`contact ${DAVID_ROSSI} is not on the server`);
  return record;
}

/** Leaves no add-in state and a reset simulator behind; failures are ignored because it runs in `finally`. */
export async function cleanUpAfterTest(page: Page, ctx: BrowserTestContext): Promise<void> {
  await forgetEverything(page).catch(() => undefined);
  await simulatorAdmin(page, ctx, 'reset', {}).catch(() => undefined);
}

/**
 * The quick way to a first sync from a fresh task pane: skips "Test connection", signs in as JSMITH
 * with the default server URL and opens the records once the initial sync is done.
 */
export async function syncFirstTimeAndOpenData(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Get started' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('textbox', { name: 'User name' }).fill('JSMITH');
  await page.getByRole('textbox', { name: 'Password' }).fill('Welcome1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Start synchronization' }).click({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Open my CRM data' }).click({ timeout: 20_000 });
}

/** Options of {@link runWizard}. */
export interface WizardRun {
  readonly userName?: string;
  readonly password?: string;
  readonly remember?: boolean;
  /** Saves screenshots of each step under this prefix. */
  readonly screenshots?: string;
}

/** Goes through the whole first-run wizard against the same-origin simulator, up to "You are all set". */
export async function runWizard(page: Page, ctx: BrowserTestContext, run: WizardRun = {}): Promise<void> {
  const shot = async (name: string) =>
    run.screenshots ? ctx.screenshot(page, `${run.screenshots}-${name}`) : undefined;
  await shot('1-welcome');
  await page.getByRole('button', { name: 'Get started' }).click();
  await page.getByRole('button', { name: 'Test connection' }).click();
  await page.getByText('Connection OK').waitFor({ timeout: 15_000 });
  await shot('2-server');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel(/^User name/).fill(run.userName ?? 'JSMITH');
  await page.getByLabel(/^Password/).fill(run.password ?? 'Welcome1');
  if (run.remember) await page.getByText('Remember password on this computer').click();
  await shot('3-credentials');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Your CRM package' }).waitFor({ timeout: 15_000 });
  await shot('4-package');
  await page.getByRole('button', { name: 'Start synchronization' }).click();
  await page.getByRole('heading', { name: 'You are all set' }).waitFor({ timeout: 25_000 });
  await shot('5-done');
}

/**
 * Reads, as the store left them, the active data database's directory entry and every row of
 * `table` in it (`null` before the first initial sync). A string, because tsx would wrap named
 * inner functions in a `__name` helper the page lacks.
 */
function readActiveTable(table: string): string {
  return `(async () => {
  const open = (name) => new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const all = (db, table) => new Promise((resolve, reject) => {
    const request = db.transaction(table, 'readonly').objectStore(table).getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const directory = await open('crm-desktop');
  const entry = (await all(directory, 'databases')).find((row) => row.state === 'active');
  directory.close();
  if (!entry) return null;
  const data = await open(entry.name);
  const rows = await all(data, ${JSON.stringify(table)});
  data.close();
  return { entry, rows };
})()`;
}

/** Rows of an add-in table (`_package`, `_shares`, …) of the active data database; `null` before the first initial sync. */
export async function activeTableRows(
  page: Page,
  table: string,
): Promise<{ entry: { identity: { userName: string } }; rows: Record<string, unknown>[] } | null> {
  return page.evaluate(readActiveTable(table)) as Promise<{
    entry: { identity: { userName: string } };
    rows: Record<string, unknown>[];
  } | null>;
}

/** Package id and user of the active data database (`null` before the first initial sync). */
export async function activeData(page: Page): Promise<{ userName: string; packageId: string } | null> {
  const active = await activeTableRows(page, '_package');
  return active && { userName: active.entry.identity.userName, packageId: String(active.rows[0]?.packageId ?? '') };
}

/** The name of the tab row's "More" button ("2 more views"), which opens the tabs that did not fit. */
export const MORE_VIEWS = /^\d+ more views?$/;

/**
 * Opens the tab named `name` (exactly, e.g. `'Sync'` or `'Issues 1 open'`) as a user does: in the
 * tab row, or in the "More" menu when the pane is too narrow for it (at 320 px the row holds the
 * selected tab and one or two others). Waits for the tab row first.
 */
export async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  const more = page.getByRole('tab', { name: MORE_VIEWS });
  // Whichever shows first: the tab itself, or the More button of a row that has no room for it.
  await tab.or(more).first().waitFor();
  if (await tab.isVisible()) return tab.click();
  await more.click();
  await page.getByRole('menuitem', { name, exact: true }).click();
  await page.getByRole('tab', { name, exact: true, selected: true }).waitFor();
}

/** Sync now on the Sync tab, then waits until that run is in the history and nothing runs. */
export async function syncNowAndWait(page: Page): Promise<void> {
  await openTab(page, 'Sync');
  const history = page.getByRole('list', { name: 'Synchronization history' });
  await history.getByRole('listitem').first().waitFor();
  const runs = history.locator(':scope > li');
  const before = await runs.count();
  const button = page.getByRole('button', { name: 'Sync now' });
  await button.click();
  const deadline = Date.now() + 20_000;
  while ((await runs.count()) <= before || !(await button.isEnabled())) {
    if (Date.now() > deadline) throw new Error('the synchronization did not finish within 20 s');
    await page.waitForTimeout(200);
  }
  const newest = (await runs.first().getAttribute('aria-label')) ?? '';
  if (!newest.endsWith(': Succeeded'))
    throw new Error(`the synchronization did not succeed: ${newest} — ${await runs.first().textContent()}`);
}
