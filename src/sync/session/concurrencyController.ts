/**
 * How many Siebel sessions a run may use right now, between 1 and the administrator's
 * `maximumSessions` (AIMD, as TCP does with its window):
 * - overload (HTTP 5xx, a timeout, no connection, or a login refused with SBL-SMI-00114): halve,
 *   at least 1 — the object manager or the user's share of it is full, so ask less of it at once;
 * - an answer much slower than the run's early median (`slowFactor` ×): stop widening, because
 *   more sessions would only queue on a server that is already slow;
 * - `goodRun` good answers in a row: one more session (slowly, so a second client of the same user
 *   that took the room keeps it).
 *
 * Pure bookkeeping: the caller measures and reports; nothing here sleeps or reads a clock.
 */
export class ConcurrencyController {
  #limit: number;
  #good = 0;
  readonly #early: number[] = [];
  #baseline: number | null = null;

  constructor(
    readonly maximum: number,
    readonly options: {
      readonly goodRun?: number;
      readonly slowFactor?: number;
      readonly baselineSamples?: number;
      readonly slowFloorMs?: number;
    } = {},
  ) {
    if (!Number.isSafeInteger(maximum) || maximum < 1)
      throw new RangeError(`maximum sessions must be a whole number of at least 1, not ${maximum}`);
    this.#limit = maximum;
  }

  /** Sessions the run may hold now. */
  get limit(): number {
    return this.#limit;
  }

  /** The median of the first answers' times, once that many were seen; `null` before. */
  get baselineMs(): number | null {
    return this.#baseline;
  }

  /** One answer came back after `elapsedMs`. */
  answered(elapsedMs: number): void {
    const samples = this.options.baselineSamples ?? 5;
    if (this.#baseline === null) {
      this.#early.push(elapsedMs);
      if (this.#early.length >= samples) this.#baseline = median(this.#early);
    } else if (this.#isSlow(elapsedMs)) {
      // Slow: hold the width (no widening until a run of good answers again).
      this.#good = 0;
      return;
    }
    this.#good += 1;
    if (this.#good >= (this.options.goodRun ?? 16) && this.#limit < this.maximum) {
      this.#limit += 1;
      this.#good = 0;
    }
  }

  /** The server is overloaded or refused a session: use half as many (at least one). */
  overloaded(): void {
    this.#limit = Math.max(1, Math.floor(this.#limit / 2));
    this.#good = 0;
  }

  #isSlow(elapsedMs: number): boolean {
    const baseline = this.#baseline ?? 0;
    // The floor keeps a server that answers in microseconds from looking "slow" at 1 ms.
    return elapsedMs > Math.max(baseline * (this.options.slowFactor ?? 3), this.options.slowFloorMs ?? 50);
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
