import type { Page } from 'playwright-core';
import {
  activeTableRows,
  cleanUpAfterTest,
  expectEqual,
  openFreshTaskpane,
  simulatorAdmin,
  syncFirstTimeAndOpenData,
  syncNowAndWait,
  openTab,
} from './addinPages';
import { test, type BrowserTestContext } from './fixtures';

type Writes = Record<string, { inserts: number; updates: number } | undefined>;

async function activityWrites(page: Page, ctx: BrowserTestContext) {
  const response = await page.request.get(`${ctx.origin}/simulator/admin/state`);
  const state = (await response.json()) as { counters: { writes: Writes } };
  return state.counters.writes.Action ?? { inserts: 0, updates: 0 };
}

/** Successful ExecuteBatch inserts of activities, as the simulator counts them. */
async function activityInserts(page: Page, ctx: BrowserTestContext): Promise<number> {
  return (await activityWrites(page, ctx)).inserts;
}

/** Successful ExecuteBatch updates of activities. */
async function activityUpdates(page: Page, ctx: BrowserTestContext): Promise<number> {
  return (await activityWrites(page, ctx)).updates;
}

/** The activity id the task pane keeps for the shared item (`_shares` of the active data database). */
async function sharedActivityId(page: Page): Promise<string> {
  const ids = ((await activeTableRows(page, '_shares'))?.rows ?? []).map((share) => String(share.recordId));
  if (ids.length !== 1 || ids[0].startsWith('local-'))
    throw new Error(`expected one shared item with a Siebel id, found ${JSON.stringify(ids)}`);
  return ids[0];
}

/** A `data` admin call whose answer the test reads. */
async function simulatorData(page: Page, ctx: BrowserTestContext, body: unknown): Promise<Record<string, unknown>> {
  const response = await page.request.post(`${ctx.origin}/simulator/admin/data`, { data: body });
  if (!response.ok()) throw new Error(`simulator admin data answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/**
 * Shares the standalone sample email (from David Rossi of Acme) with his account and him, syncs,
 * and the server holds one activity; reopened, the email shows as shared; sharing it again with
 * other links and syncing still gives one activity.
 */
test('shares the sample email with siebel once even when shared twice', async ({ page, ctx }) => {
  await simulatorAdmin(page, ctx, 'reset', {});
  try {
    await openFreshTaskpane(page, ctx);
    await syncFirstTimeAndOpenData(page);
    await page.getByRole('tab', { name: 'Current email' }).click();
    const panel = page.getByRole('region', { name: 'Share with Siebel' });
    await panel.getByText('This email is not shared with Siebel.').waitFor({ timeout: 10_000 });
    await panel.getByRole('button', { name: 'Share with Siebel' }).click();
    const form = panel.getByRole('form', { name: 'Share with Siebel' });
    const contact = form.getByRole('checkbox', { name: 'David Rossi (From)' });
    if (!(await contact.isChecked())) throw new Error('the sender is not suggested and picked as a contact');
    const account = form.getByRole('group', { name: 'Account' }).getByRole('radio', { name: /^Acme/ });
    if (!(await account.isChecked())) throw new Error("the sender's account Acme is not suggested and picked");
    await ctx.screenshot(page, '30-share-email-form');
    await form.getByRole('button', { name: 'Share', exact: true }).click();
    const shared = panel.getByRole('status').filter({ hasText: /^Shared with Siebel as activity/ });
    await shared.waitFor();
    const text = (await shared.textContent()) ?? '';
    if (!/^Shared with Siebel as activity 'Follow-up on the fleet renewal' — linked to Acme.*, David Rossi/.test(text))
      throw new Error(`unexpected share line: ${text}`);
    if (!text.includes('Not yet synchronized')) throw new Error(`a share not yet sent does not say so: ${text}`);
    await ctx.screenshot(page, '31-share-email-pending');

    await syncNowAndWait(page);
    expectEqual(await activityInserts(page, ctx), 1, 'activities inserted on the server after the first share');

    // Opened again: the tab shows the share from the local data, now sent.
    await openTab(page, 'Current email');
    await shared.waitFor({ timeout: 10_000 });
    const reopened = (await shared.textContent()) ?? '';
    if (reopened.includes('Not yet synchronized'))
      throw new Error(`the synchronized share still says it is pending: ${reopened}`);

    await panel.getByRole('button', { name: 'Change links' }).click();
    // Acme's only open opportunity was suggested and linked: unlink it.
    const opportunities = form.getByRole('group', { name: 'Opportunity' });
    const linked = (await opportunities.getByRole('radio', { checked: true }).getAttribute('value')) ?? '';
    if (linked === '' || linked === 'on')
      throw new Error('the shared opportunity is not picked when changing the links');
    await opportunities.getByRole('radio', { name: 'None' }).check();
    await form.getByRole('button', { name: 'Save links' }).click();
    await panel.getByRole('button', { name: 'Change links' }).waitFor();
    await syncNowAndWait(page);
    expectEqual(
      await activityInserts(page, ctx),
      1,
      'activities inserted on the server after sharing the same email again',
    );
    expectEqual(await activityUpdates(page, ctx), 1, 'activity updates sent for the changed links');
    const activityId = await sharedActivityId(page);
    const activity = (await simulatorData(page, ctx, { op: 'get', typeId: 'Action', id: activityId })).record as Record<
      string,
      string
    > | null;
    if (!activity) throw new Error(`the shared activity ${activityId} is not on the server`);
    expectEqual(activity.Type, 'Email - Inbound', 'type of the shared activity on the server');
    expectEqual(activity['Opportunity Id'] ?? '', '', 'opportunity of the activity on the server after unlinking it');

    // Reopening the task pane itself: still shared, with the changed links, nothing pending.
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.getByRole('tab', { name: 'Current email' }).click();
    await shared.waitFor({ timeout: 10_000 });
    const final = (await shared.textContent()) ?? '';
    if (final.includes('Not yet synchronized') || !final.includes('David Rossi'))
      throw new Error(`the reopened email does not show its sent share: ${final}`);
    await ctx.screenshot(page, '32-share-email-shared');
  } finally {
    await cleanUpAfterTest(page, ctx);
  }
});
