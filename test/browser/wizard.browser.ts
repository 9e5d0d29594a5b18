import { expectEqual, openFreshTaskpane, runWizard } from './addinPages';
import { test } from './fixtures';

/** The whole wizard, JSMITH, to a finished first sync that downloaded accounts and contacts. */
test('wizard runs to a finished first sync', async ({ page, ctx }) => {
  await openFreshTaskpane(page, ctx);
  await runWizard(page, ctx, { screenshots: 'wizard' });
  const rows = await page.getByRole('table', { name: 'Downloaded records' }).getByRole('row').allTextContents();
  const accounts = rows.find((row) => row.startsWith('Accounts'));
  if (!accounts || !/^Accounts[1-9]/.test(accounts))
    throw new Error(`no downloaded accounts in ${JSON.stringify(rows)}`);
  await page.getByRole('button', { name: 'Open my CRM data' }).click();
  await page.getByRole('tab', { name: 'Records' }).waitFor();
  const saved = await page.evaluate(() => localStorage.getItem('crm-desktop.roamingSettings') ?? '');
  if (saved.includes('Welcome1')) throw new Error('the password reached the roaming settings');
  await ctx.screenshot(page, 'wizard-6-records');
});

/** A wrong server URL: an HTML page, an unreachable port and plain http to another computer each say what is wrong. */
test('wrong server urls give the right message', async ({ page, ctx }) => {
  await openFreshTaskpane(page, ctx);
  await page.getByRole('button', { name: 'Get started' }).click();
  const url = page.getByLabel('Siebel Server URL');
  const check = async (value: string, expected: RegExp) => {
    await url.fill(value);
    await page.getByRole('button', { name: 'Test connection' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    const text = (await alert.textContent()) ?? '';
    if (!expected.test(text)) throw new Error(`for ${value}: ${JSON.stringify(text)} does not match ${expected}`);
  };
  await check(`${ctx.origin}/taskpane.html`, /not a Siebel EAI endpoint/);
  await ctx.screenshot(page, 'wizard-error-not-siebel');
  await check('http://localhost:9/siebel/app/eai/enu/swe', /Could not connect to http:\/\/localhost:9/);
  await check('http://crm.example.com/eai', /uses http — use https:\/\//);
  expectEqual(await page.getByRole('heading', { name: 'Siebel Server' }).count(), 1, 'still on the server step');
});

/** A wrong password shows Siebel's bad-credentials message on the sign-in step, never the password. */
test('wrong password gives the right message', async ({ page, ctx }) => {
  await openFreshTaskpane(page, ctx);
  await page.getByRole('button', { name: 'Get started' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel(/^User name/).fill('JSMITH');
  await page.getByLabel(/^Password/).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 15_000 });
  const text = (await alert.textContent()) ?? '';
  if (!/password is incorrect/.test(text))
    throw new Error(`alert does not tell of bad credentials: ${JSON.stringify(text)}`);
  if (text.includes('not-the-password')) throw new Error('the alert shows the password');
  await ctx.screenshot(page, 'wizard-error-bad-password');
});

/** With Office's dark theme (`?theme=dark` standalone) the wizard renders light text on a dark background. */
test('wizard follows the dark theme', async ({ page, ctx }) => {
  await openFreshTaskpane(page, ctx);
  await page.goto(`${ctx.origin}/taskpane.html?standalone&theme=dark`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('heading', { name: 'Welcome to CRM Desktop' }).waitFor();
  const background = await page.locator('main').evaluate((main) => getComputedStyle(main).backgroundColor);
  const [r, g, b] = (background.match(/\d+/g) ?? ['255', '255', '255']).map(Number);
  if (r + g + b > 3 * 80) throw new Error(`the dark theme has a light background: ${background}`);
  await ctx.screenshot(page, 'wizard-dark-theme');
});
