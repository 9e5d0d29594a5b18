import type { Page } from '@playwright/test';
import { messages as de } from '../../src/i18n/messages/de';
import { messages as ja } from '../../src/i18n/messages/ja';
import type { Messages } from '../../src/i18n';
import { cleanUpAfterTest, expectEqual, openFreshTaskpane, syncFirstTimeAndOpenData } from './addinPages';
import { test } from './fixtures';
import type { BrowserTestContext } from './fixtures';

// The pictures of issue 20 for docs/screenshots/ (60–64): the pane in German and Japanese (Outlook's
// language reaches a standalone page as the browser's: this context's locale), in a forced-colours
// high-contrast theme; 63, the keyboard focus, is taken by keyboardDay.browser.ts. The button names
// come from the catalogs, so a changed translation does not break the tests.

/** First run in the catalog's language as `user` (JSMITH by default), up to the records list. */
async function firstRun(
  page: Page,
  ctx: BrowserTestContext,
  m: Messages,
  { user = 'JSMITH', shot }: { readonly user?: string; readonly shot?: string } = {},
): Promise<void> {
  await page.goto(`${ctx.origin}/taskpane.html?standalone`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('heading', { name: m['wizard.welcome.title'] }).waitFor();
  if (shot) await ctx.screenshot(page, shot);
  await page.getByRole('button', { name: m['wizard.welcome.start'] }).click();
  await page.getByRole('button', { name: m['common.next'] }).click();
  await page.getByRole('textbox', { name: m['common.userName'] }).fill(user);
  await page.getByRole('textbox', { name: m['common.password'] }).fill('Welcome1');
  await page.getByRole('button', { name: m['wizard.credentials.submit'] }).click();
  await page.getByRole('button', { name: m['wizard.package.start'] }).click({ timeout: 15_000 });
  await page.getByRole('button', { name: m['wizard.done.open'] }).click({ timeout: 25_000 });
  await page.getByRole('tablist').waitFor();
  // The pointer stayed where the last button was, over a row now: no hover in the pictures.
  await page.mouse.move(0, 0);
}

/**
 * Whether the browser has a font with Japanese glyphs: without one, "あ" and "い" are drawn as the
 * same missing-glyph box.
 */
async function hasJapaneseFont(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const draw = (text: string) => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 32;
      const context = canvas.getContext('2d');
      if (!context) return '';
      context.font = '24px sans-serif';
      context.fillText(text, 4, 26);
      return canvas.toDataURL();
    };
    return draw('あ') !== draw('い');
  });
}

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });

  /**
   * Issue 20: the records list in German (60), and a number typed the German way: "25,5" is stored
   * as 25.5, shown as "25,5" again in the form, and garbage gets the German message (64).
   */
  test('records and a decimal number in German', async ({ page, ctx }) => {
    test.setTimeout(90_000);
    try {
      // Mary Jones, a sales manager: her package's opportunity form has the win probability, a number.
      await firstRun(page, ctx, de, { user: 'MJONES' });
      await page.getByRole('list').getByRole('button').first().waitFor({ timeout: 10_000 });
      // Her accounts are few (her package's filter); her opportunities fill the list.
      await page.getByLabel(de['records.typePicker.label']).selectOption('Opportunity');
      const opportunities = page.getByRole('list', { name: 'Opportunities' }).getByRole('button');
      await opportunities.nth(5).waitFor({ timeout: 10_000 });
      await ctx.screenshot(page, '60-german-records');

      await opportunities.first().click();
      await page.getByRole('button', { name: de['records.detail.edit'], exact: true }).click();
      const form = page.getByRole('form');
      const probability = form.getByRole('textbox', { name: /^Win Probability/ });
      await probability.fill('drei', { timeout: 10_000 });
      await form.getByRole('button', { name: de['edit.save'], exact: true }).click();
      await form.getByText('Geben Sie eine Zahl ohne Tausendertrennzeichen ein, z. B. 1250 oder 12,5.').waitFor();
      await ctx.screenshot(page, '64-german-number-error');
      await probability.fill('25,5');
      await form.getByRole('button', { name: de['edit.save'], exact: true }).click();
      await form.waitFor({ state: 'detached' });
      await page.getByRole('article').getByText('25,5', { exact: true }).waitFor();
      await page.getByRole('button', { name: de['records.detail.edit'], exact: true }).click();
      expectEqual(await probability.inputValue(), '25,5', 'the stored probability in the German form');
    } finally {
      await cleanUpAfterTest(page, ctx);
    }
  });
});

test.describe('in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  /** Issue 20: the first-run wizard's welcome (61) and the records list (61b) in Japanese at 320 px. */
  test('the wizard and the records in Japanese', async ({ page, ctx }) => {
    test.setTimeout(90_000);
    try {
      await page.goto(`${ctx.origin}/taskpane.html?standalone`, { waitUntil: 'domcontentloaded' });
      await page.getByRole('heading', { name: ja['wizard.welcome.title'] }).waitFor();
      // Without a Japanese font every character is the same empty box: no picture for the docs then.
      const font = await hasJapaneseFont(page);
      if (!font)
        test.info().annotations.push({
          type: 'no Japanese font',
          description: 'no picture taken: install a Japanese font (Debian: fonts-noto-cjk) for 61-japanese-*.png',
        });
      await firstRun(page, ctx, ja, font ? { shot: '61-japanese-wizard' } : {});
      await page.getByRole('list').getByRole('button').first().waitFor({ timeout: 10_000 });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) throw new Error(`the Japanese records list is ${width} px wide in a 320 px pane`);
      if (font) await ctx.screenshot(page, '61-japanese-records');
    } finally {
      await cleanUpAfterTest(page, ctx);
    }
  });
});

/** Issue 20: a record's detail in a forced-colours (Windows high contrast) theme (62). */
test('a record in forced-colours high contrast', async ({ page, ctx }) => {
  test.setTimeout(90_000);
  try {
    await openFreshTaskpane(page, ctx);
    await syncFirstTimeAndOpenData(page);
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await page.getByRole('searchbox', { name: 'Search Accounts' }).fill('acme');
    await page.getByRole('list', { name: 'Accounts' }).getByRole('button', { name: /^Acme/ }).first().click();
    await page.getByRole('heading', { level: 2, name: /^Acme/ }).waitFor();
    // Tab to Edit, so the picture shows the focus ring in the system's colours too.
    await page.keyboard.press('Tab');
    await ctx.screenshot(page, '62-high-contrast');
  } finally {
    await cleanUpAfterTest(page, ctx);
  }
});
