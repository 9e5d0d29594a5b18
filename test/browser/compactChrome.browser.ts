import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  cleanUpAfterTest,
  DAVID_ROSSI,
  MORE_VIEWS,
  openFreshTaskpane,
  openTab,
  simulatorAdmin,
  syncFirstTimeAndOpenData,
} from './addinPages';
import { test } from './fixtures';

// Issue 21, "a pane a rep lives in all day": the compact frame of the task pane — no page title,
// one row of icon tabs with a "More" menu for those that do not fit, and a status line that says at
// a glance when the data was synchronized, what is waiting to be sent, what needs a decision, and
// whether the pane is offline.

/** Fluent's tabster guards: focusable, aria-hidden and empty on purpose (see accessibility.browser.ts). */
const isTabsterDummy = (rule: string, html: string) =>
  rule === 'aria-hidden-focus' && /^<i\b[^>]*\bdata-tabster-dummy\b/.test(html);

/** The serious and critical axe findings (WCAG 2.1 A and AA) of the page as it is now. */
async function axeFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes
        .filter((node) => !isTabsterDummy(violation.id, node.html))
        .map((node) => `${violation.id}: ${node.target.join(' ')} (${node.failureSummary ?? ''})`),
    );
}

/** Every visible button, tab, menu item and link lower than 32 px (a finger's tap target). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button, a[href], [role="tab"], [role="menuitem"], [role="button"]')].flatMap(
      (element) => {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || box.height >= 32) return [];
        const name = element.getAttribute('aria-label') ?? element.textContent ?? '';
        return [`${element.tagName.toLowerCase()} "${name.trim()}" is ${box.height.toFixed(1)} px high`];
      },
    ),
  );
}

/** Checks that the tab row is one row: no taller than its tallest tab. */
async function expectOneRowOfTabs(page: Page, width: number): Promise<void> {
  const heights = await page.evaluate(() => {
    const list = document.querySelector('[role="tablist"]');
    const tabs = [...(list?.querySelectorAll('[role="tab"]') ?? [])].map((tab) => tab.getBoundingClientRect().height);
    return { list: list?.getBoundingClientRect().height ?? 0, tallest: Math.max(0, ...tabs) };
  });
  if (heights.tallest < 32 || heights.list > heights.tallest + 4)
    throw new Error(`at ${width} px the tabs are not one row of 32 px: ${JSON.stringify(heights)}`);
}

async function expectNothing(what: string, found: readonly string[]): Promise<void> {
  if (found.length > 0) throw new Error(`${what}:\n${found.join('\n')}`);
}

/** The status line (a region) and its live region. */
function statusLine(page: Page) {
  const region = page.getByRole('region', { name: 'Synchronization status' });
  return { region, live: region.getByRole('status') };
}

/**
 * Records every text the status line's live region takes, as a screen reader is told it (the one
 * it starts with is not told).
 */
const RECORD_STATUS_ANNOUNCEMENTS = `(() => {
  window.__statusSaid = [];
  let last = null;
  new MutationObserver(() => {
    const live = document.querySelector('section[aria-label="Synchronization status"] [role="status"]');
    const text = live ? (live.textContent || '').trim() : null;
    if (last !== null && text !== null && text !== last) window.__statusSaid.push(text);
    last = text;
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

/** Moves every run of the sync log `minutes` into the past, or removes them all (`null`). */
async function rewriteSyncLog(page: Page, minutes: number | null): Promise<void> {
  await page.evaluate(async (shift) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('crm-desktop');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = db.transaction('syncLog', 'readwrite').objectStore('syncLog');
    if (shift === null) store.clear();
    else
      store.openCursor().onsuccess = (event) => {
        const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
        if (!cursor) return;
        const run = cursor.value as { startedAt: number; endedAt?: number };
        cursor.update({
          ...run,
          startedAt: run.startedAt - shift * 60_000,
          ...(run.endedAt ? { endedAt: run.endedAt - shift * 60_000 } : {}),
        });
        cursor.continue();
      };
    await new Promise((resolve) => (store.transaction.oncomplete = resolve));
    db.close();
  }, minutes);
}

test('one row of icon tabs with a More menu, no page title, 32 px targets and no axe finding', async ({
  page,
  ctx,
}) => {
  test.setTimeout(90_000);
  await simulatorAdmin(page, ctx, 'reset', {});
  try {
    await openFreshTaskpane(page, ctx);
    await syncFirstTimeAndOpenData(page);
    await page.getByRole('list', { name: 'Accounts' }).getByRole('button').first().waitFor({ timeout: 10_000 });

    // The page keeps its name for screen readers, but shows no title: Outlook names the add-in.
    const title = await page.getByRole('heading', { level: 1, name: 'CRM Desktop' }).boundingBox();
    if (!title || title.height > 1 || title.width > 1)
      throw new Error(`the page title shows: ${JSON.stringify(title)}`);

    await page.setViewportSize({ width: 320, height: 600 });
    await expectOneRowOfTabs(page, 320);
    const more = page.getByRole('tab', { name: MORE_VIEWS });
    await more.waitFor();
    if (await page.getByRole('tab', { name: 'Options' }).isVisible()) throw new Error('Options fits at 320 px');
    await expectNothing('small targets at 320 px', await smallTargets(page));
    await expectNothing('axe findings at 320 px', await axeFindings(page));

    // The menu holds the tabs that did not fit, with their icons; picking one selects it and
    // puts it, focused, in the row.
    await more.click();
    const menu = page.getByRole('menu');
    await menu.getByRole('menuitem', { name: 'Options' }).waitFor();
    await ctx.screenshot(page, '71-tabs-overflow-320');
    await expectNothing('small targets in the menu', await smallTargets(page));
    await expectNothing('axe findings with the menu open', await axeFindings(page));
    await menu.getByRole('menuitem', { name: 'Options' }).click();
    const options = page.getByRole('tab', { name: 'Options', selected: true });
    await options.waitFor();
    await page
      .locator('#panel-options')
      .getByRole('textbox', { name: /^User name/ })
      .waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'tab-options');
    await expectOneRowOfTabs(page, 320);

    // The keyboard: the arrow keys reach the More button, Enter opens its menu, Enter on an item
    // selects that tab and focuses it.
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-haspopup') === 'menu');
    await page.keyboard.press('Enter');
    await menu.waitFor();
    const first = (await page.evaluate(() => document.activeElement?.textContent ?? '')).trim();
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: first, exact: true, selected: true }).waitFor();
    await page.waitForFunction(
      (name) => document.activeElement?.getAttribute('role') === 'tab' && document.activeElement.textContent === name,
      first,
    );

    await page.setViewportSize({ width: 450, height: 600 });
    await openTab(page, 'Records');
    await page.getByRole('tab', { name: 'Issues', exact: true }).waitFor();
    await expectOneRowOfTabs(page, 450);
    await ctx.screenshot(page, '72-tabs-450');
    await expectNothing('small targets at 450 px', await smallTargets(page));
    await expectNothing('axe findings at 450 px', await axeFindings(page));
  } finally {
    await cleanUpAfterTest(page, ctx);
  }
});

test('the status line tells the last sync, its progress without chatter, and never synced', async ({ page, ctx }) => {
  test.setTimeout(90_000);
  await page.addInitScript(RECORD_STATUS_ANNOUNCEMENTS);
  await simulatorAdmin(page, ctx, 'reset', {});
  try {
    await openFreshTaskpane(page, ctx);
    await syncFirstTimeAndOpenData(page);
    const { region, live } = statusLine(page);
    const state = region.getByRole('button').first();
    await region.getByRole('button', { name: 'Synced just now' }).waitFor();

    // A slow run: the spinner and how far it got; its live region says "synchronizing" once.
    await simulatorAdmin(page, ctx, 'faults', { rules: [{ kind: 'latency', ms: 1_500, operation: 'QueryPage' }] });
    await page.evaluate('window.__statusSaid = []');
    await state.click();
    await page.getByRole('tab', { name: 'Sync', selected: true }).waitFor();
    await page.getByRole('button', { name: 'Sync now' }).click();
    // Back to work on the records: the status line keeps telling how far the run got.
    await page.setViewportSize({ width: 320, height: 600 });
    await openTab(page, 'Records');
    await region.getByRole('button', { name: /^Syncing… \d+\s?%$/ }).waitFor({ timeout: 15_000 });
    if ((await region.locator('.fui-Spinner').count()) !== 1) throw new Error('no spinner while syncing');
    await ctx.screenshot(page, '70-status-line-syncing');
    await region.getByRole('button', { name: 'Synced just now' }).waitFor({ timeout: 30_000 });
    const said = (await page.evaluate('window.__statusSaid')) as string[];
    if (JSON.stringify(said) !== JSON.stringify(['Synchronizing…', 'Synchronized.']))
      throw new Error(`the status line's live region said ${JSON.stringify(said)}`);
    await simulatorAdmin(page, ctx, 'faults', { clear: true, rules: [] });

    // Five minutes later, in the language's own words; and a log with no run: never synced.
    await rewriteSyncLog(page, 5);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await region.getByRole('button', { name: /^Synced 5 min\.? ago$/ }).waitFor({ timeout: 15_000 });
    await rewriteSyncLog(page, null);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await region.getByRole('button', { name: 'Never synced' }).waitFor({ timeout: 15_000 });
    if ((await live.textContent()) !== '') throw new Error(`"never synced" is announced: ${await live.textContent()}`);
  } finally {
    await cleanUpAfterTest(page, ctx);
  }
});

test('the status line counts unsent changes and issues, opens their tabs, and shows offline', async ({
  page,
  context,
  ctx,
}) => {
  test.setTimeout(90_000);
  await simulatorAdmin(page, ctx, 'reset', {});
  try {
    await openFreshTaskpane(page, ctx);
    await syncFirstTimeAndOpenData(page);
    const { region, live } = statusLine(page);
    await region.getByRole('button', { name: 'Synced just now' }).waitFor();

    // A local edit: "1 unsent", which opens the Sync tab.
    await page.getByLabel('Show').selectOption('Contact');
    await page.getByRole('searchbox', { name: 'Search Contacts' }).fill('Rossi');
    await page
      .getByRole('list', { name: 'Contacts' })
      .getByRole('button', { name: /^David Rossi/ })
      .click();
    await page.getByRole('heading', { level: 2, name: 'David Rossi' }).waitFor();
    // Density: at 320 × 600 the record, its actions and its first fields show without scrolling.
    await page.setViewportSize({ width: 320, height: 600 });
    const firstField = await page.getByText('First Name', { exact: true }).boundingBox();
    if (!firstField || firstField.y + firstField.height > 600)
      throw new Error(`the record's first field is below the fold at 320 × 600: ${JSON.stringify(firstField)}`);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const form = page.getByRole('form', { name: /^Edit David Rossi/ });
    await form.getByRole('textbox', { name: 'Job Title' }).fill('Senior Buyer');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    const unsent = region.getByRole('button', { name: '1 unsent' });
    await unsent.waitFor({ timeout: 10_000 });

    // Offline: the badge, and the live region says why nothing is sent.
    await context.setOffline(true);
    await region.getByText('Offline', { exact: true }).waitFor();
    if (!(await live.textContent())?.includes('Offline: automatic synchronization resumes'))
      throw new Error(`offline is not announced: ${await live.textContent()}`);
    await context.setOffline(false);
    await region.getByText('Offline', { exact: true }).waitFor({ state: 'detached' });

    // Siebel changed the same field meanwhile: the run finds a conflict, "1 issue" opens the Issues
    // tab, which is in the More menu at 320 px with its count.
    await simulatorAdmin(page, ctx, 'data', {
      op: 'update',
      typeId: 'Contact',
      id: DAVID_ROSSI,
      fields: { 'Job Title': 'Head of Purchasing' },
    });
    await unsent.click();
    await page.getByRole('tab', { name: 'Sync', selected: true }).waitFor();
    await page.getByRole('button', { name: 'Sync now' }).click();
    const issue = region.getByRole('button', { name: '1 issue' });
    await issue.waitFor({ timeout: 20_000 });
    await page.getByRole('tab', { name: MORE_VIEWS }).click();
    await page.getByRole('menuitem', { name: 'Issues 1 open', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await issue.click();
    await page.getByRole('tab', { name: 'Issues 1 open', selected: true }).waitFor();
    const card = page.getByRole('listitem', { name: 'David Rossi' });
    await card.getByRole('radio', { name: 'My value for Job Title: Senior Buyer' }).check();
    await card.getByRole('button', { name: 'Apply' }).click();
    // The calm empty state; the issue count goes, the change waits to be sent with my value.
    await page.getByText('No synchronization issues', { exact: true }).waitFor();
    await issue.waitFor({ state: 'detached', timeout: 10_000 });
    await unsent.waitFor();
  } finally {
    await context.setOffline(false).catch(() => undefined);
    await cleanUpAfterTest(page, ctx);
  }
});
