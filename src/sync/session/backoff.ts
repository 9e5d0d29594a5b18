import type { Clock } from '../../shared';

/** Bounded exponential backoff with jitter for transient failures. */
export interface RetryPolicy {
  /** Retries after the first attempt (default 3). */
  readonly retries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/** 3 retries after 1 s, 2 s, 4 s (each ±20 % jitter), capped at 8 s. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 3, baseDelayMs: 1000, maxDelayMs: 8000 };

/**
 * The wait before retry number `attempt` (0-based): `base × 2^attempt`, capped, then scaled by
 * 0.8–1.2 from `random()` so many clients that failed together do not retry together.
 */
export function backoffDelay(
  attempt: number,
  random: () => number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): number {
  const capped = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(capped * (0.8 + 0.4 * random()));
}

/**
 * Runs `action`, retrying it on the same arguments while `isTransient(error)` holds, at most
 * `policy.retries` times, sleeping on the injected clock. Other errors and an abort end at once.
 */
export async function withRetry<T>(
  action: () => Promise<T>,
  options: {
    clock: Clock;
    random: () => number;
    isTransient: (error: unknown) => boolean;
    signal?: AbortSignal;
    policy?: RetryPolicy;
    onRetry?: (attempt: number, delayMs: number, error: unknown) => void;
  },
): Promise<T> {
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  for (let attempt = 0; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (options.signal?.aborted || attempt >= policy.retries || !options.isTransient(error)) throw error;
      const delay = backoffDelay(attempt, options.random, policy);
      options.onRetry?.(attempt + 1, delay, error);
      await options.clock.sleep(delay, options.signal);
    }
  }
}
