import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { cleanUpAfterTest, openFreshTaskpane, simulatorAdmin, syncFirstTimeAndOpenData } from './addinPages';
import { test } from './fixtures';

/** An email from somebody at Acme whom the CRM does not know yet (the standalone page's `?item=`). */
const FROM_STRANGER = {
  itemKey: '<fleet-pilot-7@acme.example>',
  subject: 'Fleet pilot: next steps',
  from: { name: '"Vogt, Ines"', email: 'Ines.Vogt@acme.example' },
  to: [{ name: 'John Smith', email: 'jsmith@example.com' }],
  cc: [{ name: 'Mia Wong', email: 'mia.wong@gmail.com' }],
};

/**
 * A picture of what the pane shows, 320 × 600, not the whole page: the form keeps Save at the bottom
 * of the pane, which a full-page picture would draw in the middle. Same folders as `ctx.screenshot`.
 */
async function paneScreenshot(page: Page, name: string): Promise<void> {
  const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const folder = join(
    repo,
    ...(process.env.UPDATE_SCREENSHOTS === '1' ? ['docs', 'screenshots'] : ['test-results', 'screenshots']),
  );
  mkdirSync(folder, { recursive: true });
  // Let Fluent's focus and hover transitions finish, as ctx.screenshot does.
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(folder, `${name}.png`) });
}

/** Serious and critical axe findings (WCAG 2.x A and AA) of the page as it is now. */
async function expectAxeClean(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const findings = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    // Fluent's focus guards (see accessibility.browser.ts): focusable, aria-hidden, passed on at once.
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && /data-tabster-dummy/.test(n.html))),
    }))
    .filter((v) => v.nodes.length > 0);
  if (findings.length > 0)
    throw new Error(
      `axe findings on ${screen}:\n${findings.map((v) => `- ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`).join('\n')}`,
    );
}

/** Every control of `scope` a finger may hit is at least 32 px high, and the pane does not scroll sideways. */
async function expectTapTargets(page: Page, scope: Locator, screen: string): Promise<void> {
  const small = await scope.evaluate((root) =>
    [
      ...root.querySelectorAll<HTMLElement>(
        'button, a[href], input, [role="combobox"], [role="checkbox"], [role="radio"]',
      ),
    ]
      // A Fluent input's hit area is its wrapper (the border included), not the bare <input>.
      .map((element) => ({
        element,
        box: (element.closest('.fui-Input, .fui-Combobox, .fui-SpinButton') ?? element).getBoundingClientRect(),
      }))
      .filter(({ box }) => box.width > 0 && box.height > 0 && box.height < 32)
      .map(
        ({ element, box }) =>
          `${element.tagName} "${element.getAttribute('aria-label') ?? element.textContent ?? ''}" ${Math.round(box.height)} px`,
      ),
  );
  if (small.length > 0) throw new Error(`tap targets under 32 px on ${screen}: ${small.join('; ')}`);
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (sideways > 0) throw new Error(`${screen} scrolls sideways by ${sideways} px`);
}

for (const width of [320, 450]) {
  /**
   * The sample email's known sender is the first card (account, open opportunities, last
   * activities, Open contact), before the other people; an email from somebody unknown offers
   * Add as contact, whose form comes prefilled from the email (first and last name, address, the
   * account of acme.example suggested), and after Save the sender shows as a contact not yet
   * synchronized.
   */
  test(`shows the sender first and adds an unknown sender as a contact at ${width} px`, async ({ page, ctx }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 600 });
    const pictures = width === 320;
    await simulatorAdmin(page, ctx, 'reset', {});
    try {
      await openFreshTaskpane(page, ctx);
      await syncFirstTimeAndOpenData(page);
      await page.getByRole('tab', { name: 'Current email' }).click();
      const view = page.getByRole('region', { name: 'Current email' });
      const sender = view.getByRole('list', { name: 'Sender' }).getByRole('listitem', { name: 'David Rossi' });
      await sender.waitFor({ timeout: 15_000 });
      await sender
        .getByRole('list', { name: /^Last activities of David Rossi$/ })
        .or(sender.getByText('No activities yet'))
        .waitFor();
      if (!(await sender.getByRole('button', { name: /^Acme/ }).first().isVisible()))
        throw new Error("the sender's card does not show his account Acme");
      await sender.getByRole('button', { name: 'Open contact' }).waitFor();
      const others = view.getByRole('list', { name: 'Other people in this email' });
      const order = await sender.evaluate(
        (card, list) => (list ? card.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING : 0),
        await others.elementHandle(),
      );
      if (!order) throw new Error("the sender's card is not before the other people of the email");
      await expectTapTargets(page, view, `the known sender at ${width} px`);
      await expectAxeClean(page, `the known sender at ${width} px`);

      await page.goto(
        `${ctx.origin}/taskpane.html?standalone&item=${encodeURIComponent(JSON.stringify(FROM_STRANGER))}`,
        {
          waitUntil: 'domcontentloaded',
        },
      );
      await page.getByRole('tab', { name: 'Current email' }).click({ timeout: 15_000 });
      const stranger = view.getByRole('list', { name: 'Sender' }).getByRole('listitem', { name: 'Vogt, Ines' });
      await stranger.waitFor({ timeout: 15_000 });
      await stranger.getByText('Not in your CRM data').waitFor();
      await view.getByRole('button', { name: 'Add Mia Wong as contact' }).waitFor();
      await expectTapTargets(page, view, `the unknown sender at ${width} px`);
      await expectAxeClean(page, `the unknown sender at ${width} px`);
      if (pictures) await paneScreenshot(page, '76-current-email-unknown-sender');

      await stranger.getByRole('button', { name: 'Add as contact' }).click();
      const form = page.getByRole('form', { name: 'New Contact' });
      await form.waitFor({ timeout: 15_000 });
      const value = (name: string) => form.getByRole('textbox', { name, exact: true }).inputValue();
      const prefilled = [await value('First Name'), await value('Last Name'), await value('Email')];
      if (prefilled.join('|') !== 'Ines|Vogt|Ines.Vogt@acme.example')
        throw new Error(`the form is not prefilled from the email: ${JSON.stringify(prefilled)}`);
      const account = form.getByRole('combobox', { name: 'Account' });
      await page.waitForFunction(
        (input) => /^Acme/.test((input as HTMLInputElement).value),
        await account.elementHandle(),
      );
      await form.getByText(/^Suggested account: Acme.* \(\d+ contacts? at acme\.example\)/).waitFor();
      await expectTapTargets(page, form, `the prefilled form at ${width} px`);
      await expectAxeClean(page, `the prefilled form at ${width} px`);
      if (pictures) await paneScreenshot(page, '77-add-contact-prefilled');

      await form.getByRole('button', { name: 'Save' }).click();
      const added = view.getByRole('list', { name: 'Sender' }).getByRole('listitem', { name: 'Ines Vogt' });
      await added.waitFor({ timeout: 15_000 });
      await added.getByText('Not yet synchronized').waitFor();
      if (!(await added.getByRole('button', { name: /^Acme/ }).first().isVisible()))
        throw new Error('the added contact does not show the suggested account');
      await page.waitForFunction((card) => document.activeElement === card, await added.elementHandle());
    } finally {
      await cleanUpAfterTest(page, ctx);
    }
  });
}
