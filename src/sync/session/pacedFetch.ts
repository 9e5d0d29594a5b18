import { systemClock } from '../../shared';

/**
 * A fetch that waits `delayMs` before each request (an administrator's throttling window,
 * Siebel CRM Desktop's `delays_schedule`), so a run spreads its load on the Siebel Server. The wait
 * ends early, with the request's own abort reason, when its signal is aborted.
 */
export function pacedFetch(inner: typeof fetch, delayMs: number): typeof fetch {
  return async (input, init) => {
    await systemClock.sleep(delayMs, init?.signal ?? undefined);
    return inner(input, init);
  };
}
