import { activeData, expectEqual, openFreshTaskpane, runWizard, openTab } from './addinPages';
import { test } from './fixtures';

/** JSMITH changes the user name to MJONES: warning, full resync, then MJONES's data and package. */
test('changing the user name warns and resynchronizes as the other user', async ({ page, ctx }) => {
  await openFreshTaskpane(page, ctx);
  await runWizard(page, ctx);
  await page.getByRole('button', { name: 'Open my CRM data' }).click();
  const before = await activeData(page);
  expectEqual(before?.userName, 'JSMITH', 'data owner after the wizard');
  await openTab(page, 'Options');
  await ctx.screenshot(page, 'options-1-view');
  await page.getByLabel(/^User name/).fill('MJONES');
  await page.getByLabel(/^Password/).fill('Welcome1');
  await page.getByRole('button', { name: 'Save' }).click();
  const warning = page.getByRole('alertdialog', { name: 'Full synchronization needed' });
  await warning.waitFor();
  const text = (await warning.textContent()) ?? '';
  if (!/belongs to JSMITH/.test(text) || !/changes to MJONES/.test(text) || !/local data will be replaced/.test(text))
    throw new Error(`warning text: ${JSON.stringify(text)}`);
  await ctx.screenshot(page, 'options-2-resync-warning');
  // The old data stays until the new initial sync completes.
  expectEqual((await activeData(page))?.userName, 'JSMITH', 'data owner while asking');
  await page.getByRole('button', { name: 'Change and synchronize' }).click();
  await page.getByText('Synchronized the data of MJONES.').waitFor({ timeout: 25_000 });
  await ctx.screenshot(page, 'options-3-resynchronized');
  const after = await activeData(page);
  expectEqual(after?.userName, 'MJONES', 'data owner after the resync');
  if (!after?.packageId || after.packageId === before?.packageId)
    throw new Error(`MJONES should get another package than ${before?.packageId}, got ${after?.packageId}`);
});
