import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Locator, Page } from 'playwright-core';
import {
  cleanUpAfterTest,
  DAVID_ROSSI,
  forgetEverything,
  openFreshTaskpane,
  simulatorAdmin,
  syncFirstTimeAndOpenData,
} from './addinPages';
import { OUTLOOK_HOST_INFO, outlookNewMessages, routeFakeOutlook } from './fakeOutlook';
import { test, type BrowserTestContext } from './fixtures';

// Issue 21, "records you can act on": a contact's card offers Email, Call, Map, Open in Siebel and
// Copy Id in one row at its top, and its address and number are links.

const EMAIL = 'david.rossi@acme.example';
const SIEBEL_PATTERN = 'https://crm.example.com/sales/enu?SWECmd=GotoView&SWEView={type}+Detail+View&SWERowId={id}';
const MAP_PATTERN = 'https://maps.example.com/search?query={query}';

/** Serves `admin` as the `admin` section of the add-in's deployment.json for this page. */
async function deployAdmin(page: Page, admin: Record<string, unknown>): Promise<void> {
  await page.route('**/deployment.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ admin }) }),
  );
}

/** From the records after the first sync: the contact David Rossi, found by a search. */
async function openDavidRossi(page: Page): Promise<Locator> {
  await page.getByRole('list', { name: 'Accounts' }).getByRole('button').first().waitFor({ timeout: 10_000 });
  await page.getByLabel('Show').selectOption('Contact');
  await page.getByRole('searchbox', { name: 'Search Contacts' }).fill('Rossi');
  await page
    .getByRole('list', { name: 'Contacts' })
    .getByRole('button', { name: /^David Rossi/ })
    .click();
  await page.getByRole('heading', { level: 2, name: 'David Rossi' }).waitFor();
  const actions = page.getByRole('group', { name: 'Actions for David Rossi' });
  await actions.getByRole('link', { name: 'Map' }).waitFor();
  return actions;
}

/** Every control of the row is at least 32 px high and inside the viewport's first screen. */
async function expectCompactRow(page: Page, actions: Locator): Promise<void> {
  const fold = page.viewportSize()?.height ?? 0;
  for (const control of await actions.locator('a, button').all()) {
    const box = await control.boundingBox();
    const name = await control.textContent();
    if (!box) throw new Error(`the action ${name} is not laid out`);
    if (box.height < 32) throw new Error(`the action ${name} is ${box.height} px high, less than 32`);
    if (box.y + box.height > fold)
      throw new Error(`the action ${name} ends at ${box.y + box.height} px, below the fold`);
    if (box.x < 0 || box.x + box.width > (page.viewportSize()?.width ?? 0))
      throw new Error(`the action ${name} sticks out of the pane: ${JSON.stringify(box)}`);
  }
}

/** No serious or critical axe finding (WCAG 2.1 A and AA) on the page as it is. */
async function expectAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    // Tabster's focus guards are invisible spans without a role (see accessibility.browser.ts).
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !/data-tabster-dummy/.test(n.html)) }))
    .filter((v) => v.nodes.length > 0);
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function signInAndOpenDavidRossi(page: Page, ctx: BrowserTestContext): Promise<Locator> {
  await simulatorAdmin(page, ctx, 'reset', {});
  await openFreshTaskpane(page, ctx);
  await syncFirstTimeAndOpenData(page);
  return openDavidRossi(page);
}

// Each test signs in and synchronizes first, then runs axe: more than the 30 s of a plain test on a busy machine.
test.describe.configure({ timeout: 60_000 });

for (const width of [320, 450]) {
  test(`a contact card at ${width} px writes calls maps and copies its id`, async ({ page, ctx }) => {
    await page.setViewportSize({ width, height: 600 });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.origin });
    // No internet here: the map's window gets a page of ours.
    await page
      .context()
      .route('https://www.bing.com/**', (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<title>map</title>' }),
      );
    try {
      const actions = await signInAndOpenDavidRossi(page, ctx);
      // The card as a rep sees it on opening: nothing hovered, no tooltip.
      await page.mouse.move(0, 0);
      if (width === 320) await ctx.screenshot(page, '73-record-card-actions');

      // Standalone: the message is a mailto: link, both in the row and on the address itself.
      await expect(actions.getByRole('link', { name: 'Email' })).toHaveAttribute('href', `mailto:${EMAIL}`);
      const details = page.getByRole('region', { name: 'Contact Details' });
      await expect(details.getByRole('link', { name: EMAIL })).toHaveAttribute('href', `mailto:${EMAIL}`);

      const call = actions.getByRole('link', { name: 'Call' });
      const tel = await call.getAttribute('href');
      expect(tel).toMatch(/^tel:\+?\d{3,}$/);
      const shownNumber = await details.getByRole('link', { name: /^\+?[\d\s().-]+$/ }).first();
      await expect(shownNumber).toHaveAttribute('href', tel ?? '');

      // The contact has no address of its own: the map searches its account's (Acme, at its site).
      const map = actions.getByRole('link', { name: 'Map' });
      await expect(map).toHaveAttribute('target', '_blank');
      const [popup] = await Promise.all([page.waitForEvent('popup'), map.click()]);
      const searched = new URL(popup.url());
      expect(`${searched.origin}${searched.pathname}`).toBe('https://www.bing.com/maps');
      expect(searched.searchParams.get('q')).toMatch(/^Acme[^,]*, \S/);
      await popup.close();

      // No deployment: no Open in Siebel.
      await expect(actions.getByRole('link', { name: 'Open in Siebel' })).toHaveCount(0);

      await actions.getByRole('button', { name: 'Copy Id' }).click();
      await expect(actions.getByRole('button', { name: 'Copied' })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(DAVID_ROSSI);
      await expect(actions.getByRole('button', { name: 'Copy Id' })).toBeVisible({ timeout: 5000 });

      await expectCompactRow(page, actions);
      await expectAxeClean(page);
    } finally {
      await cleanUpAfterTest(page, ctx);
    }
  });
}

test('the administrator sets open in siebel and the map service', async ({ page, ctx }) => {
  await page.setViewportSize({ width: 320, height: 600 });
  await deployAdmin(page, { openInSiebel: { '*': SIEBEL_PATTERN }, mapUrl: MAP_PATTERN });
  try {
    const actions = await signInAndOpenDavidRossi(page, ctx);
    const siebel = actions.getByRole('link', { name: 'Open in Siebel' });
    await expect(siebel).toHaveAttribute(
      'href',
      SIEBEL_PATTERN.replace('{type}', 'Contact').replace('{id}', encodeURIComponent(DAVID_ROSSI)),
    );
    await expect(siebel).toHaveAttribute('target', '_blank');
    const map = await actions.getByRole('link', { name: 'Map' }).getAttribute('href');
    expect(map).toMatch(/^https:\/\/maps\.example\.com\/search\?query=Acme/);
    await expectCompactRow(page, actions);
    await expectAxeClean(page);
  } finally {
    await cleanUpAfterTest(page, ctx);
  }
});

test('in outlook email opens outlooks new message form', async ({ page, ctx }) => {
  await simulatorAdmin(page, ctx, 'reset', {});
  await page.goto(`${ctx.origin}/assets/support.html`, { waitUntil: 'domcontentloaded' });
  await forgetEverything(page);
  await routeFakeOutlook(page, { delayMs: 0, item: null });
  try {
    await page.goto(`${ctx.origin}/taskpane.html?${OUTLOOK_HOST_INFO}`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { name: 'Welcome to CRM Desktop' }).waitFor({ timeout: 15_000 });
    await syncFirstTimeAndOpenData(page);
    const actions = await openDavidRossi(page);
    await actions.getByRole('button', { name: 'Email' }).click();
    await expect.poll(() => outlookNewMessages(page)).toEqual([{ toRecipients: [EMAIL] }]);
    // The address in the card does the same.
    await page.getByRole('region', { name: 'Contact Details' }).getByRole('button', { name: EMAIL }).click();
    await expect.poll(async () => (await outlookNewMessages(page)).length).toBe(2);
    await expect(page.getByRole('alert')).toHaveCount(0);
  } finally {
    await cleanUpAfterTest(page, ctx);
  }
});
