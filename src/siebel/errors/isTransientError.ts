import { TransportError } from './TransportError';

const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([500, 502, 503, 504]);

/**
 * True when repeating the same call later may succeed: no connection, no answer in time, or an
 * HTTP 500/502/503/504 that carried no SOAP fault (a proxy or a restarting server). SOAP faults,
 * session, protocol and cancellation errors are false: repeating them gives the same answer.
 *
 * @example
 * if (isTransientError(error) && attempt < 3) await clock.sleep(backoff(attempt));
 */
export function isTransientError(error: unknown): boolean {
  if (!(error instanceof TransportError)) return false;
  if (error.code === 'Network' || error.code === 'Timeout') return true;
  return error.code === 'HttpStatus' && error.status !== undefined && TRANSIENT_STATUSES.has(error.status);
}
