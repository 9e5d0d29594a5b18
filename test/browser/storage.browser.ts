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

const LOST_TITLE = 'Your CRM data is no longer on this computer';

// What the browser keeps, how much it allows and whether it persists depend on the profile: a real
// one (on disk, as Outlook's web view has), not the incognito context the other tests get.
test.use({ persistentProfile: true });

/** The standalone roaming settings (localStorage) hold the mailbox's record of a first sync. */
async function waitForLocalDataRecord(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (localStorage.getItem('crm-desktop.roamingSettings') ?? '').includes('crmDesktop.localData'),
    undefined,
    { timeout: 10_000 },
  );
}

/**
 * What "clear the Office cache" does to the add-in: every IndexedDB database of its origin is gone,
 * while the roaming settings (in the mailbox; here localStorage) stay. Done from a same-origin page
 * that is not the task pane, so no open connection of the pane or its sync worker holds a delete up.
 */
async function clearOfficeCache(page: Page, ctx: BrowserTestContext): Promise<void> {
  await page.goto(`${ctx.origin}/simulator/admin/state`);
  const left = await page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((db) => db.name).filter((name): name is string => !!name);
    await Promise.all(
      names.map(
        (name) =>
          new Promise((resolve, reject) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = () => resolve(undefined);
            request.onerror = () => reject(request.error);
            request.onblocked = () => reject(new Error(`deleting ${name} is blocked by an open connection`));
          }),
      ),
    );
    return (await indexedDB.databases()).length;
  });
  expectEqual(left, 0, 'IndexedDB databases left after clearing');
}

/** Options says whether the browser keeps the data, what it uses, and what that means for unsent changes. */
test('options say whether the browser keeps the local data', async ({ page, ctx }) => {
  await simulatorAdmin(page, ctx, 'reset', {});
  try {
    await openFreshTaskpane(page, ctx);
    await syncFirstTimeAndOpenData(page);
    await waitForLocalDataRecord(page);
    await openTab(page, 'Options');
    const section = page.getByRole('region', { name: 'Data on this computer' });
    await section.getByText(/ used of .* the browser allows$/).waitFor();
    // The pane asked at start-up; the browser decides by its own rules, so the test reads its answer.
    const persisted = await page.evaluate(() => navigator.storage.persisted());
    const label = persisted ? 'Kept until you remove it' : 'The browser may clear it when space runs low';
    await section.getByText(label, { exact: true }).waitFor();
    await section.getByText('Every change you made here has been sent to Siebel.').waitFor();
    await section.scrollIntoViewIfNeeded();
    await ctx.screenshot(page, '50-options-local-data');
  } finally {
    await cleanUpAfterTest(page, ctx);
  }
});

/**
 * Issue #16: after a first sync the Office cache is cleared (IndexedDB gone, roaming settings kept).
 * The reopened pane says what was lost, why, and what happens next; with the password typed again a
 * full synchronization brings the data back.
 */
test('tells what was lost when the office cache was cleared and downloads it again', async ({ page, ctx }) => {
  await simulatorAdmin(page, ctx, 'reset', {});
  try {
    await openFreshTaskpane(page, ctx);
    await syncFirstTimeAndOpenData(page);
    await waitForLocalDataRecord(page);

    await clearOfficeCache(page, ctx);
    await page.goto(`${ctx.origin}/taskpane.html?standalone`, { waitUntil: 'domcontentloaded' });
    const notice = page.getByRole('alert', { name: LOST_TITLE });
    await notice.waitFor({ timeout: 15_000 });
    const text = (await notice.textContent()) ?? '';
    for (const expected of [
      /changes made here that had not been sent to Siebel yet/,
      /remembered password is kept with the data/,
      /Office cache/,
      /each keep their own copy/,
      /full synchronization downloads your CRM data/,
    ]) {
      if (!expected.test(text)) throw new Error(`the notice does not say ${expected}: ${JSON.stringify(text)}`);
    }
    await page.getByText(/^No CRM data on this computer yet/).waitFor();
    await ctx.screenshot(page, '51-local-data-lost');

    await page.getByLabel('Password of JSMITH').fill('Welcome1');
    await notice.getByRole('button', { name: 'Download my data again' }).click();
    await page.getByText('Your CRM data was downloaded again from Siebel.').waitFor({ timeout: 25_000 });
    await page.getByRole('tab', { name: 'Records' }).click();
    await page.getByRole('searchbox').first().waitFor();
    expectEqual(
      await page.getByRole('alert', { name: LOST_TITLE }).count(),
      0,
      'lost-data notices after the new download',
    );
    await ctx.screenshot(page, '52-local-data-downloaded-again');
  } finally {
    await cleanUpAfterTest(page, ctx);
  }
});
