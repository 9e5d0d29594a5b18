import {
  cleanUpAfterTest,
  expectEqual,
  openFreshTaskpane,
  simulatorAdmin,
  syncFirstTimeAndOpenData,
} from './addinPages';
import type { Page } from 'playwright-core';
import { test } from './fixtures';

// As src/host names them (STANDALONE_SETTINGS_KEY, LOGIN_OPTIONS_KEY, SELECT_ITEM_EVENT).
const STANDALONE_SETTINGS_KEY = 'crm-desktop.roamingSettings';
const LOGIN_OPTIONS_KEY = 'crmDesktop.options';
const SELECT_ITEM_EVENT = 'crm-desktop:select-item';

/** Selects another sample item on the standalone page, as a click on another message would in Outlook. */
async function selectSample(page: Page, param: string): Promise<void> {
  await page.evaluate(
    `window.dispatchEvent(new CustomEvent(${JSON.stringify(SELECT_ITEM_EVENT)}, { detail: ${JSON.stringify(param)} }))`,
  );
}

/** Points the saved login options at another server, as a user would on the Options tab. */
async function pointAtServer(page: Page, serverUrl: string): Promise<void> {
  await page.evaluate(`(() => {
    const settings = JSON.parse(localStorage.getItem(${JSON.stringify(STANDALONE_SETTINGS_KEY)}));
    const options = typeof settings[${JSON.stringify(LOGIN_OPTIONS_KEY)}] === 'string' ? JSON.parse(settings[${JSON.stringify(LOGIN_OPTIONS_KEY)}]) : settings[${JSON.stringify(LOGIN_OPTIONS_KEY)}];
    options.serverUrl = ${JSON.stringify(serverUrl)};
    settings[${JSON.stringify(LOGIN_OPTIONS_KEY)}] = typeof settings[${JSON.stringify(LOGIN_OPTIONS_KEY)}] === 'string' ? JSON.stringify(options) : options;
    localStorage.setItem(${JSON.stringify(STANDALONE_SETTINGS_KEY)}, JSON.stringify(settings));
  })()`);
}

/**
 * The standalone page's made-up email is marked "Sample", follows SELECT_ITEM_EVENT like a pinned
 * pane follows Outlook, may be shared with the embedded simulator, and is refused, with the reason,
 * once the task pane points at any other server.
 */
test('marks the standalone sample and shares it only with the embedded simulator', async ({ page, ctx }) => {
  await simulatorAdmin(page, ctx, 'reset', {});
  try {
    await openFreshTaskpane(page, ctx);
    await syncFirstTimeAndOpenData(page);
    await page.getByRole('tab', { name: 'Current email' }).click();
    const view = page.getByRole('region', { name: 'Current email' });
    await view.locator('[data-sample-item]').waitFor({ timeout: 10_000 });
    const panel = page.getByRole('region', { name: 'Share with Siebel' });
    await panel.getByRole('button', { name: 'Share with Siebel' }).waitFor();

    await selectSample(page, 'none');
    await view
      .getByRole('status')
      .filter({ hasText: /^No email is open\./ })
      .waitFor();
    await selectSample(page, JSON.stringify({ subject: 'Second sample', itemKey: '<second@acme.example>' }));
    await view.getByText('Second sample').waitFor();
    expectEqual(await view.locator('[data-sample-item]').count(), 1, 'sample markers on the second sample item');

    await pointAtServer(
      page,
      'https://crm.example.com/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1',
    );
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.getByRole('tab', { name: 'Current email' }).click({ timeout: 15_000 });
    await panel
      .getByRole('note')
      .filter({
        hasText:
          /can be shared only with the Siebel simulator this page serves .* connected to https:\/\/crm\.example\.com/,
      })
      .waitFor({ timeout: 10_000 });
    expectEqual(
      await panel.getByRole('button', { name: 'Share with Siebel' }).count(),
      0,
      '"Share with Siebel" buttons for the sample item and a real server',
    );
    await ctx.screenshot(page, '43-sample-share-refused');
  } finally {
    await cleanUpAfterTest(page, ctx);
  }
});
