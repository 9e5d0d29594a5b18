import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { cleanUpAfterTest, openFreshTaskpane, openTab, simulatorAdmin, syncFirstTimeAndOpenData } from './addinPages';
import { test } from './fixtures';

/** Serious or critical axe findings (WCAG 2.1 AA) on the page as it is, Tabster's focus guards left out. */
async function axeFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes
        .filter((node) => !(violation.id === 'aria-hidden-focus' && /data-tabster-dummy/.test(node.html)))
        .map((node) => `${violation.id}: ${node.target.join(' ')}`),
    );
}

async function expectNoAxeFindings(page: Page, screen: string): Promise<void> {
  const findings = await axeFindings(page);
  if (findings.length > 0) throw new Error(`axe on ${screen}:\n${findings.join('\n')}`);
}

async function expectNoSidewaysScroll(page: Page, screen: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) throw new Error(`${screen} scrolls sideways by ${overflow} px`);
}

/**
 * Issue 21: the Sync tab shows each object type's download while a (slowed) synchronization runs,
 * and its history can show the failed runs only, with an empty state that says there are none.
 * At the narrow Outlook pane (320 px, where the pictures are taken) and at 450 px.
 */
for (const width of [320, 450]) {
  test(`the Sync tab shows progress per type and filters the history to failed runs at ${width} px`, async ({
    page,
    ctx,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 600 });
    await simulatorAdmin(page, ctx, 'reset', {});
    try {
      await openFreshTaskpane(page, ctx);
      await syncFirstTimeAndOpenData(page);
      await openTab(page, 'Sync');
      const history = page.getByRole('list', { name: 'Synchronization history' });
      await history.getByRole('listitem').first().waitFor();

      // No failure yet: "Failed only" says so instead of showing an empty list.
      const failedOnly = page.getByRole('switch', { name: 'Failed only' });
      await failedOnly.check();
      await page.getByText('The last synchronization did not fail.').waitFor();
      await failedOnly.uncheck();

      // New accounts on the server, and the opportunities' queries answered slowly: Accounts (the first
      // type) is done and counted while Opportunities still downloads.
      for (const name of ['Northwind Traders', 'Fabrikam Ltd', 'Tailspin Toys'])
        await simulatorAdmin(page, ctx, 'data', {
          op: 'create',
          typeId: 'Account',
          fields: { Name: name },
          owner: 'JSMITH',
        });
      await simulatorAdmin(page, ctx, 'faults', {
        clear: true,
        rules: [{ kind: 'latency', ms: 4000, operation: 'OpportunityQueryPage', times: 4 }],
      });
      await page.getByRole('button', { name: 'Sync now' }).click();
      const types = page.getByRole('list', { name: 'Progress by object type' });
      const accounts = types.getByRole('listitem').filter({ hasText: 'Accounts' });
      await accounts.getByText('3 records · Done', { exact: true }).waitFor({ timeout: 20_000 });
      const opportunities = types.getByRole('listitem').filter({ hasText: 'Opportunities' });
      await opportunities.getByRole('progressbar', { name: 'Opportunities: progress' }).waitFor();
      await opportunities.getByText('Downloading…').waitFor();
      await expectNoSidewaysScroll(page, 'the Sync tab during a synchronization');
      if (width === 320) await ctx.screenshot(page, '78-sync-view-per-type');
      await expectNoAxeFindings(page, 'the Sync tab during a synchronization');
      await page.getByText(/^Synchronized: /).waitFor({ timeout: 40_000 });
      await types.waitFor({ state: 'detached' });

      // A failed run (the metadata service answers with an HTML page), then "Failed only".
      await simulatorAdmin(page, ctx, 'faults', {
        clear: true,
        rules: [{ kind: 'html', operation: 'DownloadMetadataFiles', times: 3 }],
      });
      await page.getByRole('button', { name: 'Sync now' }).click();
      await history
        .getByRole('listitem', { name: /: Failed$/ })
        .first()
        .waitFor({ timeout: 15_000 });
      const runs = history.locator(':scope > li');
      if ((await runs.count()) < 3) throw new Error(`expected 3 runs in the history, saw ${await runs.count()}`);
      await failedOnly.check();
      await page.waitForFunction(
        () => document.querySelectorAll('[aria-label="Synchronization history"] > li').length === 1,
      );
      const label = (await runs.first().getAttribute('aria-label')) ?? '';
      if (!label.endsWith(': Failed')) throw new Error(`"Failed only" shows ${JSON.stringify(label)}`);
      await expectNoSidewaysScroll(page, 'the history, failed only');
      if (width === 320) await ctx.screenshot(page, '79-sync-history-failed-only');
      await expectNoAxeFindings(page, 'the history, failed only');
    } finally {
      await cleanUpAfterTest(page, ctx);
    }
  });
}
