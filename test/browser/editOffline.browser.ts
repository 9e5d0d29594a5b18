import type { Page } from 'playwright-core';
import {
  cleanUpAfterTest,
  expectEqual,
  openFreshTaskpane,
  simulatorAdmin,
  syncFirstTimeAndOpenData,
  openTab,
} from './addinPages';
import { test, type BrowserTestContext } from './fixtures';

const BADGE = 'Not yet synchronized';

/** Posts to the simulator's admin `data` action and returns its JSON answer. */
async function simulatorData(page: Page, ctx: BrowserTestContext, body: unknown): Promise<Record<string, unknown>> {
  const response = await page.request.post(`${ctx.origin}/simulator/admin/data`, { data: body });
  if (!response.ok()) throw new Error(`simulator admin data answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

async function serverJobTitle(page: Page, ctx: BrowserTestContext, id: string): Promise<string | undefined> {
  const answer = await simulatorData(page, ctx, { op: 'get', typeId: 'Contact', id });
  return (answer.record as Record<string, string> | null)?.['Job Title'];
}

async function openContact(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: 'Records' }).click();
  await page.getByLabel('Show').selectOption('Contact');
  await page.getByRole('searchbox', { name: 'Search Contacts' }).fill(name.split(' ')[0]);
  await page
    .getByRole('list', { name: 'Contacts' })
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .click();
  await page.getByRole('heading', { level: 2, name }).waitFor();
}

/**
 * Issue #9: with the network gone (the simulator unreachable), a contact's job title is edited and
 * shows "Not yet synchronized"; the server still has the old value. Back online, Sync now sends it:
 * the server has the new value, the badge is gone and no session stays open.
 */
test('edits a contact offline and sends it with the next sync', async ({ page, ctx }) => {
  const context = page.context();
  await simulatorAdmin(page, ctx, 'reset', {});
  try {
    const created = await simulatorData(page, ctx, {
      op: 'create',
      typeId: 'Contact',
      fields: {
        'First Name': 'Grace',
        'Last Name': 'Hopper',
        'Job Title': 'Engineer',
        'Email Address': 'grace.hopper@example.com',
      },
      owner: 'JSMITH',
    });
    const id = String(created.Id);
    await openFreshTaskpane(page, ctx);
    await syncFirstTimeAndOpenData(page);
    await openContact(page, 'Grace Hopper');

    await context.setOffline(true);
    const reachable = await page.evaluate(() =>
      fetch('/simulator/admin/state').then(
        () => true,
        () => false,
      ),
    );
    expectEqual(reachable, false, 'the simulator is reachable while offline');
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Job Title').fill('Rear Admiral');
    await ctx.screenshot(page, '20-edit-record');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('region', { name: 'Name' }).getByText('Rear Admiral').waitFor();
    await page.getByText(BADGE).waitFor();
    await page.getByRole('button', { name: '← Back to Contacts' }).click();
    const row = page.getByRole('list', { name: 'Contacts' }).getByRole('button', { name: /^Grace Hopper/ });
    await row.getByText(BADGE).waitFor();
    await ctx.screenshot(page, '21-not-yet-synchronized');

    await context.setOffline(false);
    expectEqual(await serverJobTitle(page, ctx, id), 'Engineer', 'job title on the server before the sync');
    await openTab(page, 'Sync');
    await page.getByRole('button', { name: 'Sync now' }).click();
    // The first sync was initial: an incremental entry that succeeded is this run.
    await page
      .getByRole('listitem', { name: /^Incremental synchronization of .*: Succeeded$/ })
      .first()
      .waitFor({ timeout: 20_000 });
    expectEqual(await serverJobTitle(page, ctx, id), 'Rear Admiral', 'job title on the server after the sync');

    await openContact(page, 'Grace Hopper');
    await page.getByRole('region', { name: 'Name' }).getByText('Rear Admiral').waitFor();
    expectEqual(await page.getByText(BADGE).count(), 0, 'badges left after the sync');
    const state = (await (await page.request.get(`${ctx.origin}/simulator/admin/state`)).json()) as {
      openSessions: number;
    };
    expectEqual(state.openSessions, 0, 'open sessions after the sync');
  } finally {
    await context.setOffline(false).catch(() => undefined);
    await cleanUpAfterTest(page, ctx);
  }
});
