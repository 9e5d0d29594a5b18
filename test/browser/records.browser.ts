import { cleanUpAfterTest, openFreshTaskpane, simulatorAdmin, syncFirstTimeAndOpenData } from './addinPages';
import { test } from './fixtures';

const EVIL_NAME = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>Evil Corp';

/**
 * After the first sync: search an account, open it and its related contact; an account named
 * with HTML shows as text and runs nothing; the sample mail's sender is found on Current email.
 */
test('searches opens related records and the current emails contacts', async ({ page, ctx }) => {
  await simulatorAdmin(page, ctx, 'reset', {});
  try {
    await simulatorAdmin(page, ctx, 'data', {
      op: 'create',
      typeId: 'Account',
      fields: { Name: EVIL_NAME, Location: 'Nowhere' },
      owner: 'JSMITH',
    });
    await openFreshTaskpane(page, ctx);
    await syncFirstTimeAndOpenData(page);

    const accounts = page.getByRole('list', { name: 'Accounts' });
    await accounts.getByRole('button').first().waitFor({ timeout: 10_000 });
    await ctx.screenshot(page, '10-records-list');

    await page.getByRole('searchbox', { name: 'Search Accounts' }).fill('acme');
    const acme = accounts.getByRole('button', { name: /^Acme/ }).first();
    await acme.waitFor();
    await acme.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /^Acme/ }).waitFor();
    await page.getByRole('heading', { name: /^Contacts \(\d+\)$/ }).waitFor();
    await ctx.screenshot(page, '11-record-detail');
    await page.getByRole('button', { name: 'David Rossi' }).click();
    await page.getByRole('heading', { level: 2, name: 'David Rossi' }).waitFor();
    const email = await page.getByRole('region', { name: 'Contact Details' }).textContent();
    if (!email?.includes('david.rossi@acme.example'))
      throw new Error(`contact details lack the e-mail address: ${JSON.stringify(email)}`);
    await page.getByRole('button', { name: '← Back', exact: true }).click();
    await page.getByRole('button', { name: /Back to Accounts/ }).click();

    await page.getByRole('searchbox', { name: 'Search Accounts' }).fill('<img');
    const evil = accounts.getByRole('button', { name: /Evil Corp/ });
    await evil.waitFor();
    const shown = await evil.locator('span').first().textContent();
    if (shown !== `${EVIL_NAME} (Nowhere)`)
      throw new Error(`the HTML name is not shown as text: ${JSON.stringify(shown)}`);
    await evil.click();
    await page.getByRole('heading', { level: 2, name: /Evil Corp/ }).waitFor();
    const injected = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      images: document.querySelectorAll('main img').length,
    }));
    if (injected.pwned !== undefined || injected.images !== 0)
      throw new Error(`CRM data was interpreted as HTML: ${JSON.stringify(injected)}`);

    await page.getByRole('tab', { name: 'Current email' }).click();
    const card = page.getByRole('listitem', { name: 'David Rossi' });
    await card.waitFor({ timeout: 10_000 });
    if (!(await card.textContent())?.includes('Acme'))
      throw new Error('the matched contact does not show its account Acme');
    await ctx.screenshot(page, '12-current-email');
  } finally {
    await cleanUpAfterTest(page, ctx);
  }
});
