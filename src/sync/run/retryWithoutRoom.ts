import { isSessionLimitError } from '../../siebel';
import { withRetry } from '../session/backoff';
import type { SyncRuntime } from '../ports';

/**
 * Runs `action` (a call that may log the main session in) and, while the server answers that it
 * has no room for another session of the user (SBL-SMI-00114), waits and tries again on
 * `tuning.sessionLimitRetry`: the room comes back when another client of the same user ends a query
 * or its run, so a second client waits for it instead of failing. Other errors end at once.
 */
export function retryWithoutRoom<T>(runtime: SyncRuntime, action: () => Promise<T>): Promise<T> {
  return withRetry(action, {
    clock: runtime.clock,
    random: runtime.random,
    isTransient: isSessionLimitError,
    signal: runtime.signal,
    policy: runtime.tuning.sessionLimitRetry,
  });
}
