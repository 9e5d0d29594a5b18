import type { TypeProgress } from '../../../sync';

/** Below this much download time a rate is noise (one page's latency), so none is shown. */
export const MIN_RATE_MS = 1000;
/** Nor for a handful of records: "1 record/s" for three changes says nothing about the server. */
export const MIN_RATE_RECORDS = 20;

/** What a type's numbers say about its speed; `null` where they do not say it. */
export interface TypeRate {
  /** Records received per second in this run (rows a resumed download already held do not count). */
  readonly recordsPerSecond: number | null;
  /**
   * Time left at that rate, only when the server told the total (Siebel has no count: it says only
   * "last page") and records are still missing. Never estimated from anything else.
   */
  readonly msLeft: number | null;
}

/**
 * The rate and time left of one type's download.
 *
 * @example
 * typeRate({ typeId: 'Account', recordsWritten: 600, recordsResumed: 0, recordsExpected: 1200, activeMs: 3000, finished: false })
 * // → { recordsPerSecond: 200, msLeft: 3000 }
 */
export function typeRate(type: TypeProgress): TypeRate {
  const received = type.recordsWritten - type.recordsResumed;
  const recordsPerSecond =
    type.activeMs >= MIN_RATE_MS && received >= MIN_RATE_RECORDS ? (received * 1000) / type.activeMs : null;
  const missing = type.recordsExpected === null ? 0 : type.recordsExpected - type.recordsWritten;
  const msLeft =
    !type.finished && recordsPerSecond !== null && missing > 0 ? Math.round((missing / recordsPerSecond) * 1000) : null;
  return { recordsPerSecond, msLeft };
}
