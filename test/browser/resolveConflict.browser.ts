import {
  cleanUpAfterTest,
  expectEqual,
  openFreshTaskpane,
  simulatorAdmin,
  syncFirstTimeAndOpenData,
  syncNowAndWait,
  DAVID_ROSSI,
  serverContact,
  openTab,
} from './addinPages';
import { test } from './fixtures';

/**
 * The same field changed in the task pane (edit form) and in Siebel: the sync shows a conflict in
 * the Issues tab, the user keeps their value, and the next sync puts it on the server.
 */
test('resolves a conflict field by field in the issues view', async ({ page, ctx }) => {
  await simulatorAdmin(page, ctx, 'reset', {});
  try {
    expectEqual((await serverContact(page, ctx))['Last Name'], 'Rossi', 'last name of the sample sender on the server');
    await openFreshTaskpane(page, ctx);
    await syncFirstTimeAndOpenData(page);

    // Edit David Rossi's job title here…
    await page.getByRole('tab', { name: 'Current email' }).click();
    await page.getByRole('listitem', { name: 'David Rossi' }).getByRole('button', { name: 'David Rossi' }).click();
    await page.getByRole('heading', { level: 2, name: 'David Rossi' }).waitFor();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const form = page.getByRole('form', { name: /^Edit David Rossi/ });
    await form.getByRole('textbox', { name: 'Job Title' }).fill('Senior Buyer');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    // …and in Siebel, before the task pane sends its change.
    await simulatorAdmin(page, ctx, 'data', {
      op: 'update',
      typeId: 'Contact',
      id: DAVID_ROSSI,
      fields: { 'Job Title': 'Head of Purchasing' },
    });

    await syncNowAndWait(page);
    await page.getByText('1 synchronization issue needs your decision: see the Issues tab.').waitFor();
    await ctx.screenshot(page, '35-sync-status-with-issue');
    // The tab's badge counts the open issues.
    await openTab(page, 'Issues 1 open');
    const card = page.getByRole('listitem', { name: 'David Rossi' });
    await card.waitFor({ timeout: 10_000 });
    const row = card.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Job Title' }) });
    await row.waitFor();
    const apply = card.getByRole('button', { name: 'Apply' });
    if (await apply.isEnabled()) throw new Error('Apply is possible before a value was chosen');
    await ctx.screenshot(page, '33-issues-conflict');
    await row.getByRole('radio', { name: 'My value for Job Title: Senior Buyer' }).check();
    await ctx.screenshot(page, '34-issues-conflict-chosen');
    await apply.click();
    await page.getByText(/^No synchronization issues/).waitFor();
    await page.getByRole('tab', { name: 'Issues', exact: true }).waitFor();

    await syncNowAndWait(page);
    expectEqual(
      (await serverContact(page, ctx))['Job Title'],
      'Senior Buyer',
      'job title on the server after the resolved conflict was sent',
    );
    await openTab(page, 'Issues');
    await page.getByText(/^No synchronization issues/).waitFor();
  } finally {
    await cleanUpAfterTest(page, ctx);
  }
});
