import type { Page } from 'playwright-core';
import { RIBBON_SYNC_BUDGET_MS } from '../../src/commands/ribbonBudget';
import { MAX_NOTIFICATION_LENGTH, TIME_LIMIT_MESSAGE } from '../../src/commands/syncMessages';
import { cleanUpAfterTest, expectEqual, openFreshTaskpane, runWizard, simulatorAdmin } from './addinPages';
import { test } from './fixtures';
import type { BrowserTestContext } from './fixtures';
import { CLICK_SYNC } from './ribbonClick';

async function notificationsOf(commands: Page): Promise<string[]> {
  return commands.evaluate(() => window.crmNotifications ?? []);
}

/** Rejects when `task` has not settled after `ms` of real time (Node's timers, not the page's fake clock). */
async function within<T>(task: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms)),
  );
  try {
    return await Promise.race([task, late]);
  } finally {
    clearTimeout(timer);
  }
}

interface ServerState {
  openSessions: number;
  counters: { faultsInjected: number };
  traffic: { requestsInFlight: number };
}

/**
 * Waits until the hang rule has fired and the server holds one session and one request (the hanging
 * query on the run's main session), three polls in a row: the other types are downloaded and their
 * extra sessions logged off.
 */
async function untilOnlyTheHangRemains(page: Page, ctx: BrowserTestContext): Promise<void> {
  let quiet = 0;
  let last: ServerState | undefined;
  for (const started = Date.now(); Date.now() - started < 20_000;) {
    last = (await (await page.request.get(`${ctx.origin}/simulator/admin/state`)).json()) as ServerState;
    const onlyTheHang =
      last.counters.faultsInjected === 1 && last.openSessions === 1 && last.traffic.requestsInFlight === 1;
    quiet = onlyTheHang ? quiet + 1 : 0;
    if (quiet === 3) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the ribbon run never came to wait on the hanging query alone: ${JSON.stringify(last)}`);
}

/**
 * Issue 16: Outlook ends a ribbon command five minutes after the click. A run that cannot finish is
 * stopped at the budget (the page's clock jumps four minutes while a query hangs), says so within
 * 150 characters and completes; the next click synchronizes normally.
 */
test('ribbon sync stops at its time budget and the next click synchronizes', async ({ page, ctx }) => {
  await openFreshTaskpane(page, ctx);
  try {
    await runWizard(page, ctx, { remember: true });
    await page.getByRole('button', { name: 'Open my CRM data' }).click();
    // The ribbon run's first record query never answers: only the budget's abort can end it.
    await simulatorAdmin(page, ctx, 'faults', {
      clear: true,
      rules: [{ kind: 'hang', operation: 'QueryPage', times: 1 }],
    });
    // The task pane hears how the ribbon's runs end (the sync layer's progress channel).
    await page.evaluate(() => {
      window.crmProgress = [];
      new BroadcastChannel('crm-desktop-sync').onmessage = (event) => window.crmProgress?.push(event.data);
    });
    const commands = await page.context().newPage();
    try {
      // A clock of this page only, so the budget's four minutes pass in one jump.
      await commands.clock.install();
      await commands.goto(`${ctx.origin}/commands.html?standalone`, { waitUntil: 'domcontentloaded' });
      await commands.evaluate(() => {
        window.crmNotifications = [];
        window.addEventListener('crm-desktop:notification', (event) =>
          window.crmNotifications?.push((event as CustomEvent<{ message: string }>).detail.message),
        );
      });
      const stoppedRun = commands.evaluate(CLICK_SYNC);
      await commands.waitForFunction(
        () => (window.crmNotifications ?? []).some((text) => /Synchronizing… \d/.test(text)),
        undefined,
        { timeout: 20_000 },
      );
      // The jump makes every timer of the page due, request and logoff timeouts included: a logoff
      // still on its way would be "timed out" by it and leave its session open. So the clock moves
      // only once the run does nothing but wait for the hanging query.
      await untilOnlyTheHangRemains(page, ctx);
      await commands.clock.fastForward(RIBBON_SYNC_BUDGET_MS);
      await within(stoppedRun, 30_000, 'completed() after the budget ran out');
      const stopped = await notificationsOf(commands);
      expectEqual(stopped.at(-1), TIME_LIMIT_MESSAGE, 'the last notification of the run stopped at the budget');
      // Aborted through the engine's signal, not abandoned: it ended `cancelled` and logged off.
      const phases = await page.evaluate(() => (window.crmProgress ?? []).map((message) => message.progress?.phase));
      if (!phases.includes('cancelled'))
        throw new Error(`the stopped run did not end cancelled: ${JSON.stringify(phases)}`);
      const server = (await (await page.request.get(`${ctx.origin}/simulator/admin/state`)).json()) as ServerState;
      expectEqual(server.openSessions, 0, 'Siebel sessions left open by the stopped run');

      await commands.evaluate(() => void (window.crmNotifications = []));
      await commands.evaluate(CLICK_SYNC);
      const next = await notificationsOf(commands);
      if (!/^CRM Desktop: Synchronized: \d+ new, \d+ changed, \d+ removed/.test(next.at(-1) ?? ''))
        throw new Error(`the next click did not synchronize: ${JSON.stringify(next)}`);
      const tooLong = [...stopped, ...next].filter((text) => text.length > MAX_NOTIFICATION_LENGTH);
      if (tooLong.length > 0)
        throw new Error(
          `notifications over Outlook's ${MAX_NOTIFICATION_LENGTH} characters: ${JSON.stringify(tooLong)}`,
        );
    } finally {
      await commands.close();
    }
  } finally {
    await cleanUpAfterTest(page, ctx);
  }
});
