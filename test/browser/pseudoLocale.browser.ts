import type { Page } from '@playwright/test';
import { cleanUpAfterTest } from './addinPages';
import { test } from './fixtures';

// Outlook's language reaches a standalone page as the browser's: Chromium reports this context's locale.
test.use({ locale: 'qps-ploc' });

/** Letters the pseudo-locale puts in place of ASCII ones (src/i18n/pseudoLocalize.ts). */
const PSEUDO = /[áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ·]/;

/** The add-in's own controls and headings on a screen that also shows CRM data (record names, pick-list values, dates). */
const CHROME =
  '[role="tab"], h1, label, legend, [role="status"], [role="alert"], button:not(:is(ul, ol, [role="list"], [role="listbox"], [role="grid"], table) *)';

/** Visible text of the add-in's own words that is not pseudo-localized, and text cut off or wider than the pane. */
async function problemsOf(page: Page, screen: string, dataTexts: readonly RegExp[], only?: string): Promise<string[]> {
  const found = await page.evaluate((chrome) => {
    const english: string[] = [];
    const cut: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (!text || !element || element.closest('script, style, input, textarea, [aria-hidden="true"]')) continue;
      const box = element.getBoundingClientRect();
      // Nothing shows, or only screen readers read it (a 1 px visually hidden text: the page's title, a live region).
      if (box.width <= 1 || box.height <= 1) continue;
      if (/[A-Za-z]{3}/.test(text) && (!chrome || element.closest(chrome))) english.push(text);
      if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible')
        cut.push(text);
      if (box.right > document.documentElement.clientWidth + 1) cut.push(`${text} (past the pane's edge)`);
    }
    return { english, cut, pageWidth: document.documentElement.scrollWidth };
  }, only);
  const problems: string[] = [];
  for (const text of found.english)
    if (!PSEUDO.test(text) && !dataTexts.some((data) => data.test(text)))
      problems.push(`${screen}: not from the catalogs: ${JSON.stringify(text)}`);
  for (const text of found.cut) problems.push(`${screen}: cut off: ${JSON.stringify(text)}`);
  if (found.pageWidth > 320) problems.push(`${screen}: the page is ${found.pageWidth} px wide in a 320 px pane`);
  return problems;
}

/**
 * Issue 20: with the pseudo-locale (every message accented and 40 % longer) the wizard and the
 * tabs show no English of the add-in's own, and nothing is cut off or wider than a 320 px pane.
 * Data (record names, the package's labels, URLs, user names) is allowed to stay as it is.
 */
test('the pseudo locale shows every word from the catalogs and nothing cut off at 320 px', async ({ page, ctx }) => {
  test.setTimeout(90_000);
  // A fresh context: nothing to forget. The headings are pseudo-localized, so none is waited for by name.
  await page.goto(`${ctx.origin}/taskpane.html?standalone`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  const problems: string[] = [];
  // A date and time is data too: the pseudo-locale formats as English (its formatting locale), and
  // the Sync tab's last run, a live region now, shows one ("Dec 4, 2026, 12:55 AM").
  const dateTime = /^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s?[AP]M$/;
  const data = [/^https?:\/\//, /^JSMITH$/, /Siebel|Outlook|CRM Desktop/, /^[\d\s.,:/%-]+$/, dateTime];
  try {
    const next = () => page.getByRole('button').filter({ hasText: PSEUDO }).last();
    await next().waitFor();
    problems.push(...(await problemsOf(page, 'welcome', data)));
    await next().click();
    problems.push(...(await problemsOf(page, 'server', data)));
    // The pseudo-locale's labels are found by their accented words, not by English names.
    await page.getByRole('button', { name: /Ţéšţ/ }).click();
    await page.getByText(/Çöññéçţîöñ ÖĶ/).waitFor({ timeout: 15_000 });
    problems.push(...(await problemsOf(page, 'server tested', data)));
    await page.getByRole('button', { name: /Ñéẋţ/ }).click();
    await page.getByRole('textbox').first().fill('JSMITH');
    await page.locator('input[type="password"]').fill('Welcome1');
    problems.push(...(await problemsOf(page, 'credentials', data)));
    await page.getByRole('button', { name: /Šîĝñ îñ/ }).click();
    await page.getByRole('button', { name: /Šţáŕţ/ }).click({ timeout: 15_000 });
    await page.getByRole('button', { name: /Öþéñ/ }).click({ timeout: 25_000 });
    await page.getByRole('tablist').waitFor();
    await ctx.screenshot(page, 'pseudo-locale-records');
    for (const tab of await page.getByRole('tab').all()) {
      await tab.click();
      await page.waitForTimeout(300);
      const name = (await tab.textContent()) ?? '';
      if (!PSEUDO.test(name)) problems.push(`tab ${JSON.stringify(name)} is not from the catalogs`);
      problems.push(...(await problemsOf(page, `tab ${name}`, data, CHROME)));
    }
    await ctx.screenshot(page, 'pseudo-locale-options');
    if (problems.length > 0) throw new Error(`${problems.length} problems:\n${problems.join('\n')}`);
  } finally {
    await cleanUpAfterTest(page, ctx);
  }
});
