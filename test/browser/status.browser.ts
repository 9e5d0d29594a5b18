import { cleanUpAfterTest, openFreshTaskpane, simulatorAdmin, syncFirstTimeAndOpenData, openTab } from './addinPages';
import { test } from './fixtures';

/**
 * After the first sync, a Sync now against a server that answers with an HTML page fails and the
 * history says what to do; a slow but healthy sync shows live progress and then succeeds.
 */
test('shows sync progress and a history with what to do about a failure', async ({ page, ctx }) => {
  await simulatorAdmin(page, ctx, 'reset', {});
  try {
    await openFreshTaskpane(page, ctx);
    await syncFirstTimeAndOpenData(page);
    await openTab(page, 'Sync');
    const history = page.getByRole('list', { name: 'Synchronization history' });
    await history.getByRole('listitem').first().waitFor();

    await simulatorAdmin(page, ctx, 'faults', {
      rules: [{ kind: 'html', operation: 'DownloadMetadataFiles', times: 3 }],
    });
    await page.getByRole('button', { name: 'Sync now' }).click();
    const failed = history.getByRole('listitem', { name: /: Failed$/ }).first();
    await failed.waitFor({ timeout: 15_000 });
    const failure = (await failed.textContent()) ?? '';
    if (!failure.includes('What to do:'))
      throw new Error(`the failed run says nothing about what to do: ${JSON.stringify(failure)}`);

    await simulatorAdmin(page, ctx, 'faults', {
      clear: true,
      rules: [{ kind: 'latency', ms: 700, operation: 'QueryPage', times: 4 }],
    });
    await page.getByRole('button', { name: 'Sync now' }).click();
    const progress = page
      .getByRole('status')
      .filter({ hasText: /^(Synchronizing|Connecting|Checking|Removing|Saving|Signing)/ });
    await progress.first().waitFor({ timeout: 10_000 });
    await ctx.screenshot(page, '13-sync-progress');
    await page.getByText(/^Synchronized: /).waitFor({ timeout: 20_000 });
    await ctx.screenshot(page, '14-sync-history');
  } finally {
    await cleanUpAfterTest(page, ctx);
  }
});
