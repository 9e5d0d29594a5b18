import type { Page } from 'playwright-core';
import {
  activeTableRows,
  cleanUpAfterTest,
  expectEqual,
  forgetEverything,
  simulatorAdmin,
  syncFirstTimeAndOpenData,
} from './addinPages';
import { OUTLOOK_HOST_INFO, outlookSettings, routeFakeOutlook, selectInOutlook } from './fakeOutlook';
import type { FakeMessage } from './fakeOutlook';
import { test, type BrowserTestContext } from './fixtures';

// The keys as src/host names them (LOGIN_OPTIONS_KEY, STANDALONE_SETTINGS_KEY); written out because
// the browser tests drive the built pages and import nothing of src/.
const LOGIN_OPTIONS_KEY = 'crmDesktop.options';
const STANDALONE_SETTINGS_KEY = 'crm-desktop.roamingSettings';

/** From David Rossi, a contact of Acme the simulator knows: the pane finds him and suggests him. */
const RENEWAL: FakeMessage = {
  subject: 'Fleet renewal: signed contract attached',
  internetMessageId: '<fleet-renewal-signed@acme.example>',
  from: { displayName: 'David Rossi', emailAddress: 'david.rossi@acme.example' },
  to: [{ displayName: 'John Smith', emailAddress: 'jsmith@example.com' }],
  body: 'Hi John,\nplease find the signed contract attached.\nDavid',
};

/** From someone the CRM does not know. */
const QUOTE: FakeMessage = {
  subject: 'Quote request for twelve vans',
  internetMessageId: '<vans-quote-7@fleetmail.example>',
  from: { displayName: 'Maria Lind', emailAddress: 'maria.lind@fleetmail.example' },
  to: [{ displayName: 'John Smith', emailAddress: 'jsmith@example.com' }],
};

/** Forgets all add-in state of the origin without opening the task pane (which would start a host). */
async function forgetEverythingFirst(page: Page, ctx: BrowserTestContext): Promise<void> {
  await page.goto(`${ctx.origin}/assets/support.html`, { waitUntil: 'domcontentloaded' });
  await forgetEverything(page);
}

async function openInOutlook(page: Page, ctx: BrowserTestContext): Promise<void> {
  await page.goto(`${ctx.origin}/taskpane.html?${OUTLOOK_HOST_INFO}`, { waitUntil: 'domcontentloaded' });
}

/** Fails when the page shows anything of the standalone host: settings in localStorage, a sample item. */
async function expectNoStandaloneTrace(page: Page): Promise<void> {
  expectEqual(
    await page.evaluate(`localStorage.getItem(${JSON.stringify(STANDALONE_SETTINGS_KEY)})`),
    null,
    'standalone settings in localStorage',
  );
  expectEqual(await page.locator('[data-sample-item]').count(), 0, 'sample item markers');
  expectEqual(
    await page.locator('main[data-host-kind="outlook"]').count(),
    1,
    'task panes running on the Outlook host',
  );
}

/**
 * Outlook opens the pane with `_host_Info` and office.js takes 4 s to install `Office`: the page shows
 * its loading state for those 4 s (the old detection started standalone after 1.5 s), then the
 * first-run wizard on the Outlook host — never the standalone one.
 */
test(
  'waits for a late office inside outlook and never starts standalone',
  { tag: '@exclusive' },
  async ({ page, ctx }) => {
    await forgetEverythingFirst(page, ctx);
    await routeFakeOutlook(page, { delayMs: 4000, item: RENEWAL });
    // A still spinner, so the committed screenshot does not change with the animation's phase.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const opened = Date.now();
    await openInOutlook(page, ctx);
    await page.getByRole('status').filter({ hasText: 'Starting CRM Desktop' }).waitFor({ timeout: 3000 });
    await ctx.screenshot(page, '40-outlook-startup');
    // Past the old 1.5 s fallback and well before Office arrives: still loading, nothing standalone.
    await page.waitForTimeout(Math.max(0, 2500 - (Date.now() - opened)));
    expectEqual(
      await page.getByRole('heading', { name: 'Welcome to CRM Desktop' }).count(),
      0,
      'wizards shown before Office arrived',
    );
    expectEqual(await page.locator('main[data-host-kind]').count(), 0, 'task panes started before Office arrived');
    await page.getByRole('heading', { name: 'Welcome to CRM Desktop' }).waitFor({ timeout: 15_000 });
    const waited = Date.now() - opened;
    if (waited < 3500)
      throw new Error(`the task pane started after ${waited} ms, before the fake Office arrived at 4 s`);
    await expectNoStandaloneTrace(page);
  },
);

/** Office never arrives: after 15 s the loading screen says what to try, and the page still does not start standalone. */
test('says office is still loading after a while and still waits', async ({ page, ctx }) => {
  await forgetEverythingFirst(page, ctx);
  await routeFakeOutlook(page, { delayMs: 600_000, item: RENEWAL });
  await openInOutlook(page, ctx);
  const slow = page.getByText(
    /^Office is still loading\. If this message stays: check that this computer can reach appsforoffice\.microsoft\.com/,
  );
  await slow.waitFor({ timeout: 20_000 });
  await ctx.screenshot(page, '40-outlook-startup-slow');
  expectEqual(await page.locator('main[data-host-kind]').count(), 0, 'task panes started without Office');
  expectEqual(
    await page.evaluate(`localStorage.getItem(${JSON.stringify(STANDALONE_SETTINGS_KEY)})`),
    null,
    'standalone settings in localStorage',
  );
});

/**
 * A pinned pane: ItemChanged moves the Current email tab to the newly selected message, to a clear
 * empty state when nothing is selected, and back; OfficeThemeChanged re-renders the pane dark.
 */
test('follows the selected item and the theme in a pinned pane', async ({ page, ctx }) => {
  await forgetEverythingFirst(page, ctx);
  const options = {
    serverUrl: `${ctx.origin}/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1`,
    userName: 'JSMITH',
    autoSyncMinutes: 0,
  };
  await routeFakeOutlook(page, {
    delayMs: 300,
    item: RENEWAL,
    roamingSettings: { [LOGIN_OPTIONS_KEY]: JSON.stringify(options) },
  });
  try {
    await openInOutlook(page, ctx);
    await page.getByRole('tab', { name: 'Current email' }).click({ timeout: 15_000 });
    const view = page.getByRole('region', { name: 'Current email' });
    await view.getByText(RENEWAL.subject).waitFor();

    await selectInOutlook(page, QUOTE);
    await view.getByText(QUOTE.subject).waitFor();
    expectEqual(
      await view.getByText(RENEWAL.subject).count(),
      0,
      'subjects of the previously selected item still shown',
    );
    await view
      .getByText(/No CRM contact has the address of the sender or a recipient \(maria\.lind@fleetmail\.example/)
      .or(view.getByText(/No CRM data yet/))
      .first()
      .waitFor();
    await expectNoStandaloneTrace(page);

    await selectInOutlook(page, null);
    await view
      .getByRole('status')
      .filter({ hasText: /^No email is open\./ })
      .waitFor();
    await selectInOutlook(page, RENEWAL);
    await view.getByText(RENEWAL.subject).waitFor();

    const background = () =>
      page.locator('main[data-host-kind]').evaluate((main) => getComputedStyle(main).backgroundColor);
    const light = await background();
    await page.evaluate(`window.fakeOutlook.setTheme('#1F1F1F')`);
    const deadline = Date.now() + 5000;
    while ((await background()) === light) {
      if (Date.now() > deadline)
        throw new Error(`the pane kept its background ${light} after OfficeThemeChanged to a dark theme`);
      await page.waitForTimeout(100);
    }
    await ctx.screenshot(page, '42-outlook-theme-dark');
  } finally {
    await forgetEverything(page).catch(() => undefined);
  }
});

/**
 * The first-run wizard in Outlook saves to Outlook's roaming settings (never localStorage); a
 * half-filled share form is closed, not applied, when another item is selected, and says so.
 */
test('closes a half filled share form when outlook selects another item', async ({ page, ctx }) => {
  await simulatorAdmin(page, ctx, 'reset', {});
  await forgetEverythingFirst(page, ctx);
  await routeFakeOutlook(page, { delayMs: 0, item: RENEWAL });
  try {
    await openInOutlook(page, ctx);
    await page.getByRole('heading', { name: 'Welcome to CRM Desktop' }).waitFor({ timeout: 15_000 });
    await syncFirstTimeAndOpenData(page);
    const saved = await outlookSettings(page);
    if (typeof saved[LOGIN_OPTIONS_KEY] === 'undefined')
      throw new Error(
        `the wizard did not save the login options to Outlook's roaming settings: ${JSON.stringify(saved)}`,
      );
    await expectNoStandaloneTrace(page);

    await page.getByRole('tab', { name: 'Current email' }).click();
    const panel = page.getByRole('region', { name: 'Share with Siebel' });
    await panel.getByText('This email is not shared with Siebel.').waitFor({ timeout: 10_000 });
    await panel.getByRole('button', { name: 'Share with Siebel' }).click();
    const form = panel.getByRole('form', { name: 'Share with Siebel' });
    await form.getByRole('checkbox', { name: 'David Rossi (From)' }).uncheck();

    await selectInOutlook(page, QUOTE);
    const view = page.getByRole('region', { name: 'Current email' });
    await view.getByText(QUOTE.subject).waitFor();
    await page
      .getByText(`Sharing "${RENEWAL.subject}" was cancelled because you selected another item; nothing was shared.`)
      .waitFor();
    expectEqual(
      await page.getByRole('form', { name: 'Share with Siebel' }).count(),
      0,
      'share forms open after the selection changed',
    );
    await ctx.screenshot(page, '41-outlook-item-changed');

    await selectInOutlook(page, RENEWAL);
    await panel.getByText('This email is not shared with Siebel.').waitFor();
    expectEqual(
      await page.getByRole('form', { name: 'Share with Siebel' }).count(),
      0,
      'share forms reopened for the first item',
    );
    expectEqual((await activeTableRows(page, '_shares'))?.rows.length ?? 0, 0, 'items shared by the abandoned form');
  } finally {
    await cleanUpAfterTest(page, ctx);
  }
});

/** The function file Outlook opens with a late office.js registers its ribbon function with Outlook, not on a standalone host. */
test('registers the ribbon function with outlook when office arrives late', async ({ page, ctx }) => {
  await routeFakeOutlook(page, { delayMs: 3000, item: RENEWAL });
  await page.goto(`${ctx.origin}/commands.html?${OUTLOOK_HOST_INFO}`, { waitUntil: 'domcontentloaded' });
  const associated = () =>
    page.evaluate('window.fakeOutlook.installed ? [...window.fakeOutlook.associated] : null') as Promise<
      string[] | null
    >;
  await page.waitForTimeout(2000);
  expectEqual(await associated(), null, 'functions registered before Office arrived');
  const deadline = Date.now() + 15_000;
  while (!(await associated())?.includes('syncNow')) {
    if (Date.now() > deadline)
      throw new Error(
        `syncNow was not registered with Office.actions.associate: ${JSON.stringify(await associated())}`,
      );
    await page.waitForTimeout(200);
  }
});

/**
 * The three pages Outlook opens load office.js as Microsoft asks — in `<head>`, blocking, before the
 * bundle — and the sign-in dialog, which takes a password, carries the task pane's CSP.
 */
test('loads office js first in the head and guards the sign in dialog with the csp', async ({ page, ctx }) => {
  const policies: Record<string, string> = {};
  for (const file of ['taskpane.html', 'commands.html', 'loginDialog.html']) {
    const html = await (await page.request.get(`${ctx.origin}/${file}`)).text();
    const head = html.slice(0, html.indexOf('</head>'));
    const scripts = [...head.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    if (!scripts[0]?.includes('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"'))
      throw new Error(`${file}: office.js is not the first script in <head>: ${JSON.stringify(scripts)}`);
    if (/\b(async|defer)\b/.test(scripts[0]))
      throw new Error(`${file}: office.js must block the page, not load ${scripts[0]}`);
    if (scripts.length < 2)
      throw new Error(`${file}: the bundle is not in <head> after office.js: ${JSON.stringify(scripts)}`);
    policies[file] = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  }
  expectEqual(policies['loginDialog.html'], policies['taskpane.html'], "the sign-in dialog's Content-Security-Policy");
  expectEqual(policies['commands.html'], policies['taskpane.html'], "the function file's Content-Security-Policy");
});
