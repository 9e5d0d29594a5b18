import { isSessionLimitError } from '../../siebel';
import { backoffDelay } from '../backoff';
import type { SyncRuntime } from '../ports';

/**
 * Runs `action` (a call that may log the main session in) and, while the server answers that it
 * has no room for another session of the user (SBL-SMI-00114), waits and tries again on
 * `tuning.sessionLimitRetry`: the room comes back when another client of the same user ends a query
 * or its run, so a second client waits for it instead of failing. Other errors end at once.
 */
export async function retryWithoutRoom<T>(runtime: SyncRuntime, action: () => Promise<T>): Promise<T> {
  const policy = runtime.tuning.sessionLimitRetry;
  for (let attempt = 0; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (runtime.signal?.aborted || attempt >= policy.retries || !isSessionLimitError(error)) throw error;
      await runtime.clock.sleep(backoffDelay(attempt, runtime.random, policy), runtime.signal);
    }
  }
}
