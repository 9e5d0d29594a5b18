import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { cleanUpAfterTest, openFreshTaskpane, simulatorAdmin, syncFirstTimeAndOpenData } from './addinPages';
import { test } from './fixtures';

/** The Records tab's home (issue 21): one search for every type, recent and favourite records. */

async function expectAxeClean(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    // Tabster's focus guards: the known false positive that accessibility.browser.ts documents.
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && /data-tabster-dummy/.test(n.html))),
    }))
    .filter((v) => v.nodes.length > 0);
  if (serious.length)
    throw new Error(`${screen}: ${serious.map((v) => `${v.id} on ${v.nodes[0].target.join(' ')}`).join('; ')}`);
}

/**
 * Every visible button, search box and picker of the pane is a tap target at least 32 px high (a
 * search box or picker is measured by its Fluent box, which takes the tap, not its inner input).
 */
async function expectTapTargets(page: Page, screen: string): Promise<void> {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main button, main input[type=search], main select')]
      .filter((el) => el.getClientRects().length > 0 && !el.closest('[hidden]'))
      .map((el) => {
        const box = el.closest<HTMLElement>('.fui-SearchBox, .fui-Select') ?? el;
        const text = (el.textContent || el.getAttribute('aria-label') || el.tagName).trim();
        return { text, h: box.getBoundingClientRect().height };
      })
      .filter((t) => t.h < 32),
  );
  if (small.length) throw new Error(`${screen}: tap targets under 32 px: ${JSON.stringify(small.slice(0, 5))}`);
}

async function expectNoSideScroll(page: Page, screen: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (overflow > 0) throw new Error(`${screen}: the pane scrolls sideways by ${overflow} px`);
}

const search = (page: Page) => page.getByRole('searchbox', { name: 'Search all records' });
const results = (page: Page) => page.getByRole('region', { name: 'Search results' });

test('searches every type at once, opens a result, remembers it and pins a favourite across a reload', async ({
  page,
  ctx,
}) => {
  await page.setViewportSize({ width: 320, height: 600 });
  await simulatorAdmin(page, ctx, 'reset', {});
  try {
    await openFreshTaskpane(page, ctx);
    await syncFirstTimeAndOpenData(page);
    await page.getByRole('list', { name: 'Accounts' }).getByRole('button').first().waitFor({ timeout: 10_000 });
    // Nothing opened yet: the home says what will appear there.
    await page.getByText('Records you open are listed here.').waitFor();

    // One search, every type, grouped; the live region counts.
    await search(page).fill('acme');
    const status = results(page).getByRole('status');
    await status.filter({ hasText: /records? found in [2-9] types/ }).waitFor();
    const groups = await results(page).getByRole('heading', { level: 2 }).allTextContents();
    for (const type of ['Accounts', 'Contacts', 'Opportunities'])
      if (!groups.some((g) => g.startsWith(`${type} (`)))
        throw new Error(`no ${type} group in ${JSON.stringify(groups)}`);
    await expectTapTargets(page, 'search results');
    await expectNoSideScroll(page, 'search results');
    await expectAxeClean(page, 'search results');
    await ctx.screenshot(page, '75-global-search');

    // The keyboard: Down from the box to the first result, Enter opens it, Back returns to it.
    await search(page).focus();
    await page.keyboard.press('ArrowDown');
    const first = results(page).locator('[data-home-row]').first();
    const firstName = (await first.locator('span span').first().textContent()) ?? '';
    if (!(await first.evaluate((el) => el === document.activeElement)))
      throw new Error('Down did not reach the first result');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: firstName }).waitFor();
    await page.getByRole('button', { name: /Back to Search results$/ }).click();
    await page.waitForFunction((name) => document.activeElement?.textContent?.startsWith(name) ?? false, firstName);

    // Recent: the record opened shows on the home once the search is cleared (Escape).
    await search(page).focus();
    await page.keyboard.press('Escape');
    const recent = page.getByRole('list', { name: 'Recent' });
    await recent.getByRole('button', { name: new RegExp(`^${escape(firstName)}`) }).waitFor();

    // Pin it from the record's toolbar; the home lists it under Favourites, starred.
    await recent.getByRole('button', { name: new RegExp(`^${escape(firstName)}`) }).click();
    const star = page.getByRole('button', { name: 'Favourite', exact: true });
    await star.click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('button[aria-pressed="true"]')].some((b) => b.textContent?.includes('Favourite')),
    );
    await page.getByRole('button', { name: /^← Back to Records/ }).click();
    const favourites = page.getByRole('list', { name: 'Favourites' });
    await favourites.getByRole('button', { name: new RegExp(`^${escape(firstName)}`) }).waitFor();
    // Another record opened from the type list joins Recent, under the favourite.
    const accounts = page.getByRole('list', { name: 'Accounts' });
    const second = accounts.getByRole('button').nth(1);
    const secondName = (await second.locator('span').first().textContent()) ?? '';
    await second.click();
    await page.getByRole('button', { name: /Back to Accounts$/ }).click();
    await page
      .getByRole('list', { name: 'Recent' })
      .getByRole('button', { name: new RegExp(`^${escape(secondName)}`) })
      .waitFor();
    await expectTapTargets(page, 'home with favourites');
    await expectAxeClean(page, 'home with favourites');
    await ctx.screenshot(page, '74-records-recent-favourites');

    // A reload keeps the favourite (stored per user on this computer) and the search ranks it first.
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page
      .getByRole('list', { name: 'Favourites' })
      .getByRole('button', { name: new RegExp(`^${escape(firstName)}`) })
      .waitFor({ timeout: 15_000 });

    // Unpin: gone from Favourites, also after a reload.
    await page.getByRole('list', { name: 'Favourites' }).getByRole('button').first().click();
    await page.getByRole('button', { name: 'Favourite', exact: true }).click();
    await page.waitForFunction(() => !document.querySelector('button[aria-pressed="true"]'));
    await page.getByRole('button', { name: /^← Back to Records/ }).click();
    await page.getByRole('list', { name: 'Recent' }).waitFor();
    if (await page.getByRole('list', { name: 'Favourites' }).count())
      throw new Error('the unpinned record is still a favourite');
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.getByRole('list', { name: 'Recent' }).waitFor({ timeout: 15_000 });
    if (await page.getByRole('list', { name: 'Favourites' }).count())
      throw new Error('the unpinned record came back as a favourite after a reload');

    // Nothing found: what to do instead, and Clear search brings the home back.
    await search(page).fill('qzxv');
    await results(page).getByRole('status').filter({ hasText: 'Nothing matches "qzxv".' }).waitFor();
    await results(page).getByRole('button', { name: 'Clear search' }).click();
    await page.getByRole('list', { name: 'Recent' }).waitFor();

    // The per-type list's search that finds nothing offers to search every type.
    await page.getByRole('searchbox', { name: 'Search Accounts' }).fill('rossi');
    await page.getByRole('button', { name: 'Search all types' }).click();
    await results(page)
      .getByRole('heading', { level: 2, name: /^Contacts \(/ })
      .waitFor();
    await expectAxeClean(page, 'search from a type list');
  } finally {
    await cleanUpAfterTest(page, ctx);
  }
});

test('at 450 px finds a contact by first name and the start of the last name and opens it', async ({ page, ctx }) => {
  await page.setViewportSize({ width: 450, height: 700 });
  await simulatorAdmin(page, ctx, 'reset', {});
  try {
    await openFreshTaskpane(page, ctx);
    await syncFirstTimeAndOpenData(page);
    await search(page).fill('david ros');
    const contacts = results(page).getByRole('list', { name: /^Contacts \(/ });
    await contacts
      .getByRole('button', { name: /^David Rossi/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 2, name: 'David Rossi' }).waitFor();
    await expectNoSideScroll(page, 'record opened from the search at 450 px');
    await page.getByRole('button', { name: /Back to Search results$/ }).click();
    await contacts.waitFor();
    await expectTapTargets(page, 'search results at 450 px');
    await expectAxeClean(page, 'search results at 450 px');
  } finally {
    await cleanUpAfterTest(page, ctx);
  }
});

/** `text` as a literal inside a RegExp. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
