import type { Clock } from '../shared';
import { RibbonTimeLimitError } from './errors/RibbonTimeLimitError';

/**
 * How long Outlook lets a ribbon (`ExecuteFunction`) command run: its runtime ends when the
 * handler calls `event.completed()` or five minutes after the click, whichever comes first, and a
 * sign-in dialog's time counts (https://learn.microsoft.com/office/dev/add-ins/testing/runtimes#browser-runtime).
 * Past it the code simply stops, mid-request: no logoff, no message, the button shows an error.
 */
export const RIBBON_HOST_LIMIT_MS = 5 * 60_000;

/**
 * When the ribbon's sync is stopped through the engine's signal, counted from the click. A minute
 * under the host's limit pays for what follows the abort: the logoff (at most
 * `DEFAULT_TUNING.logoffTimeoutMs`, 10 s), the sync log, the last notification, and the loading
 * of the function file before the handler first ran, which this clock cannot see.
 */
export const RIBBON_SYNC_BUDGET_MS = 4 * 60_000;

/**
 * The latest moment, from the click, the command waits for the engine after the abort: an engine
 * stuck in a call that ignores the signal must not make Outlook kill the command unannounced.
 */
export const RIBBON_WIND_DOWN_BY_MS = RIBBON_SYNC_BUDGET_MS + 30_000;

/**
 * Longest wait for one notification. Outlook answers in milliseconds; one that never answers must
 * not hold back `event.completed()` (so completion comes by 4 min 40 s at the latest).
 */
export const NOTIFICATION_TIMEOUT_MS = 5_000;

/** Less time than this left after the sign-in dialog: a run would be little more than a login and a logoff. */
export const RIBBON_MIN_SYNC_MS = 30_000;

/** What {@link RibbonBudget.settleBy} gives when the deadline came first. */
export const TIME_UP: unique symbol = Symbol('time up');

/** The time budget of one ribbon command, started at the click. */
export interface RibbonBudget {
  /** When the click happened (clock ms). */
  readonly clickedAt: number;
  /** Aborted with a {@link RibbonTimeLimitError} {@link RIBBON_SYNC_BUDGET_MS} after the click. */
  readonly signal: AbortSignal;
  /** Milliseconds left before the abort (negative once past). */
  remainingMs(): number;
  /** `promise`'s outcome, or {@link TIME_UP} if the clock reaches `deadline` (clock ms) first. */
  settleBy<T>(promise: Promise<T>, deadline: number): Promise<T | typeof TIME_UP>;
  /** Cancels the timers still pending; call when the command is done. */
  dispose(): void;
}

/**
 * Starts the budget of a command clicked at `clock.now()`. Timers are the clock's `sleep`, so tests
 * move time by hand and nothing waits minutes.
 *
 * @example
 * const budget = startRibbonBudget(systemClock);
 * const report = await budget.settleBy(engine.synchronize({ connection, signal: budget.signal }), budget.clickedAt + RIBBON_WIND_DOWN_BY_MS);
 */
export function startRibbonBudget(clock: Clock): RibbonBudget {
  const clickedAt = clock.now();
  const timers = new AbortController();
  const run = new AbortController();
  const sleepUntil = (deadline: number, signal: AbortSignal) =>
    clock.sleep(Math.max(0, deadline - clock.now()), signal);
  sleepUntil(clickedAt + RIBBON_SYNC_BUDGET_MS, timers.signal).then(
    () => run.abort(new RibbonTimeLimitError(RIBBON_SYNC_BUDGET_MS)),
    () => undefined,
  );
  return {
    clickedAt,
    signal: run.signal,
    remainingMs: () => clickedAt + RIBBON_SYNC_BUDGET_MS - clock.now(),
    settleBy: async (promise, deadline) => {
      const timer = new AbortController();
      const stopTimer = () => timer.abort();
      timers.signal.addEventListener('abort', stopTimer, { once: true });
      // A disposed budget never reports TIME_UP: the race is then decided by `promise` alone.
      const timeUp = sleepUntil(deadline, timer.signal).then(
        (): typeof TIME_UP => TIME_UP,
        () => new Promise<never>(() => undefined),
      );
      try {
        return await Promise.race([promise, timeUp]);
      } finally {
        timer.abort();
        timers.signal.removeEventListener('abort', stopTimer);
      }
    },
    dispose: () => timers.abort(),
  };
}
