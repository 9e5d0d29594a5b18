import type { CommandHandler, NotificationKind } from '../host';
import type { Translator } from '../i18n';
import { createLogger, systemClock } from '../shared';
import type { Clock } from '../shared';
import { SyncAlreadyRunningError } from '../sync';
import type { SyncConnection, SyncProgress, SyncReport } from '../sync';
import {
  NOTIFICATION_TIMEOUT_MS,
  RIBBON_MIN_SYNC_MS,
  RIBBON_SYNC_BUDGET_MS,
  RIBBON_WIND_DOWN_BY_MS,
  startRibbonBudget,
  TIME_UP,
} from './ribbonBudget';
import type { RibbonBudget } from './ribbonBudget';
import {
  alreadyRunningMessage,
  ENGLISH_TRANSLATOR,
  failureMessage,
  fitNotification,
  progressMessage,
  resultMessage,
  runningMessage,
  signInMessage,
  signInTooSlowMessage,
  timeLimitMessage,
} from './syncMessages';

/** Told when the ribbon's Sync has no password, in English (Outlook allows at most 150 characters). */
export const SIGN_IN_MESSAGE = signInMessage(ENGLISH_TRANSLATOR);

/** Told when another window or runtime is synchronizing, in English. */
export const ALREADY_RUNNING_MESSAGE = alreadyRunningMessage(ENGLISH_TRANSLATOR);

/** Least time between two progress notifications: Outlook redraws the bar on every replace. */
export const PROGRESS_INTERVAL_MS = 1000;

const log = createLogger('commands');

/** Dependencies of {@link createSyncNow}; injected so tests need neither Office nor a server. */
export interface SyncNowDeps {
  /** The saved login options with the remembered password, or `null` without one. */
  readonly loadConnection: () => Promise<SyncConnection | null>;
  /** Runs one synchronization (the engine's `synchronize`), stopping when `signal` aborts. */
  readonly synchronize: (
    connection: SyncConnection,
    onProgress: (progress: SyncProgress) => void,
    signal: AbortSignal,
  ) => Promise<SyncReport>;
  readonly notify: (message: string, kind: NotificationKind) => Promise<void>;
  /**
   * Asks for the password (the sign-in dialog) when none is known; `null` = no answer. `signal`
   * aborts when the command's budget runs out: the dialog closes then.
   */
  readonly askPassword?: (signal: AbortSignal) => Promise<SyncConnection | null>;
  /** Time of the progress throttle and of the command's budget; tests pass a manual clock. */
  readonly clock?: Clock;
  /**
   * The language of the notifications (Outlook's display language, see commands.ts); English
   * without one, or when it cannot be had within {@link NOTIFICATION_TIMEOUT_MS}.
   */
  readonly translator?: () => Promise<Translator>;
}

/** A notification to show. */
interface Told {
  readonly message: string;
  readonly kind: NotificationKind;
}

type Say = (message: string, kind: NotificationKind) => Promise<void>;

/**
 * The handler behind the ribbon's Sync button: an incremental sync (or the initial one when due)
 * with progress and result as notifications on the current item. Outlook ends the command five
 * minutes after the click, so the run gets a budget ({@link RIBBON_SYNC_BUDGET_MS}): then it is
 * aborted through the engine's signal (which checkpoints and logs off), the user is told how far
 * it got, and the next run continues from there. Whatever happens, `event.completed()` is called
 * once and in time, because Outlook keeps the button busy (and later shows an error) until then.
 */
export function createSyncNow(deps: SyncNowDeps): CommandHandler {
  const clock = deps.clock ?? systemClock;
  return async (event) => {
    const budget = startRibbonBudget(clock);
    const translator = await languageOf(deps, clock, budget);
    // Every notification is bounded: a host that never answers must not hold back completed().
    const say: Say = (message, kind) =>
      budget.settleBy(deps.notify(fitNotification(message), kind), clock.now() + NOTIFICATION_TIMEOUT_MS).then(
        () => undefined,
        (error: unknown) => log.warn(`notification failed: ${(error as Error)?.message}`),
      );
    try {
      const { message, kind } = await runCommand(deps, translator, clock, budget, say);
      await say(message, kind);
    } catch (error) {
      if (error instanceof SyncAlreadyRunningError) return void (await say(alreadyRunningMessage(translator), 'info'));
      log.error(`Sync failed: ${(error as Error)?.message ?? String(error)}`);
      await say(failureMessage(translator, error), 'error');
    } finally {
      budget.dispose();
      event.completed();
    }
  };
}

async function runCommand(
  deps: SyncNowDeps,
  translator: Translator,
  clock: Clock,
  budget: RibbonBudget,
  say: Say,
): Promise<Told> {
  // The sign-in dialog's time counts against the budget: Outlook's five minutes start at the click.
  const connection = await budget.settleBy(
    obtainConnection(deps, budget.signal),
    budget.clickedAt + RIBBON_SYNC_BUDGET_MS,
  );
  if (connection === TIME_UP || (connection && budget.remainingMs() < RIBBON_MIN_SYNC_MS))
    return { message: signInTooSlowMessage(translator), kind: 'info' };
  if (!connection) return { message: signInMessage(translator), kind: 'error' };
  await say(runningMessage(translator), 'info');
  const progress = followProgress(translator, clock, say);
  const report = await budget.settleBy(
    deps.synchronize(connection, progress.onProgress, budget.signal),
    budget.clickedAt + RIBBON_WIND_DOWN_BY_MS,
  );
  await progress.close(budget);
  if (report === TIME_UP) {
    log.warn('the synchronization did not stop after its abort; completing the ribbon command before Outlook ends it');
    return { message: timeLimitMessage(translator, progress.last()), kind: 'info' };
  }
  // Only the budget aborts this signal, so a cancelled run with an aborted signal is the time limit.
  if (report.outcome === 'cancelled' && budget.signal.aborted) {
    log.info('the ribbon synchronization reached its time budget; the next run continues from its checkpoints');
    return { message: timeLimitMessage(translator, progress.last()), kind: 'info' };
  }
  return resultMessage(translator, report);
}

/** The command's translator: the one asked for, or English when it fails or takes too long. */
async function languageOf(deps: SyncNowDeps, clock: Clock, budget: RibbonBudget): Promise<Translator> {
  if (!deps.translator) return ENGLISH_TRANSLATOR;
  try {
    const chosen = await budget.settleBy(deps.translator(), clock.now() + NOTIFICATION_TIMEOUT_MS);
    return chosen === TIME_UP ? ENGLISH_TRANSLATOR : chosen;
  } catch (error) {
    log.warn(`the notifications stay in English: ${(error as Error)?.message ?? String(error)}`);
    return ENGLISH_TRANSLATOR;
  }
}

async function obtainConnection(deps: SyncNowDeps, signal: AbortSignal): Promise<SyncConnection | null> {
  return (await deps.loadConnection()) ?? (deps.askPassword ? await deps.askPassword(signal) : null);
}

/** Throttled progress notifications, in order, and the last download progress for the time-limit message. */
function followProgress(translator: Translator, clock: Clock, say: Say) {
  let last = -Infinity;
  let latest: SyncProgress | null = null;
  let closed = false;
  let pending: Promise<unknown> = Promise.resolve();
  return {
    onProgress: (progress: SyncProgress) => {
      if (progress.phase !== 'downloading') return;
      latest = progress;
      if (clock.now() - last < PROGRESS_INTERVAL_MS) return;
      last = clock.now();
      // Chained so an older message never overtakes a newer one, nor the result once it is due.
      pending = pending.then(() => (closed ? undefined : say(progressMessage(translator, progress), 'info')));
    },
    last: () => latest,
    /** Waits (boundedly) for the progress messages already sent, and drops those not yet sent. */
    close: async (budget: RibbonBudget) => {
      await budget.settleBy(pending, clock.now() + NOTIFICATION_TIMEOUT_MS);
      closed = true;
    },
  };
}
