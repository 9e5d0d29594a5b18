import type { Page } from 'playwright-core';
import { MAX_NOTIFICATION_LENGTH } from '../../src/commands/syncMessages';
import { openFreshTaskpane, runWizard, openTab } from './addinPages';
import { test } from './fixtures';
import { CLICK_SYNC } from './ribbonClick';

async function clickRibbonSync(commands: Page): Promise<void> {
  await commands.evaluate(CLICK_SYNC);
}

/** The ribbon's Sync runs in the function-file page; the task pane follows its progress and history. */
test('ribbon sync shows progress in the task pane', async ({ page, ctx }) => {
  await openFreshTaskpane(page, ctx);
  await runWizard(page, ctx, { remember: true });
  await page.getByRole('button', { name: 'Open my CRM data' }).click();
  await openTab(page, 'Sync');
  await page.evaluate(() => {
    window.crmProgress = [];
    new BroadcastChannel('crm-desktop-sync').onmessage = (event) => window.crmProgress?.push(event.data);
  });
  const commands = await page.context().newPage();
  try {
    await commands.goto(`${ctx.origin}/commands.html?standalone`, { waitUntil: 'domcontentloaded' });
    await commands.evaluate(() => {
      window.crmNotifications = [];
      window.addEventListener('crm-desktop:notification', (event) =>
        window.crmNotifications?.push((event as CustomEvent<{ message: string }>).detail.message),
      );
    });
    await clickRibbonSync(commands);
    const notifications = await commands.evaluate(() => window.crmNotifications ?? []);
    if (!notifications.some((text) => /^CRM Desktop: Synchronized: \d+ new, \d+ changed, \d+ removed/.test(text))) {
      throw new Error(`no result notification in ${JSON.stringify(notifications)}`);
    }
    const tooLong = notifications.filter((text) => text.length > MAX_NOTIFICATION_LENGTH);
    if (tooLong.length > 0)
      throw new Error(`notifications over Outlook's ${MAX_NOTIFICATION_LENGTH} characters: ${JSON.stringify(tooLong)}`);
  } finally {
    await commands.close();
  }
  const phases = await page.evaluate(() => (window.crmProgress ?? []).map((message) => message.progress?.phase));
  if (!phases.includes('done')) throw new Error(`the task pane saw no finished ribbon sync: ${JSON.stringify(phases)}`);
  await page
    .getByRole('list', { name: 'Synchronization history' })
    .getByRole('listitem')
    .nth(1)
    .waitFor({ timeout: 10_000 });
  await ctx.screenshot(page, 'ribbon-sync-in-taskpane');
});
