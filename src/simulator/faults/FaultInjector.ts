import type { FaultRule } from '../types';

interface Entry {
  readonly rule: FaultRule;
  seen: number;
  fired: number;
}

/**
 * Holds fault rules and decides which fire on a call. Each rule counts the calls that match its
 * `operation` filter; it fires from the `onCall`-th on, `times` times (Infinity = for ever),
 * each time with chance `probability`.
 */
export class FaultInjector {
  private entries: Entry[] = [];

  constructor(private readonly random: () => number) {}

  add(rule: FaultRule): void {
    this.entries.push({ rule, seen: 0, fired: 0 });
  }

  clear(): void {
    this.entries = [];
  }

  list(): FaultRule[] {
    return this.entries.map((entry) => entry.rule);
  }

  /**
   * Rules that fire on a call of `operationName` (undefined when the request could not be read).
   * A `shortPage` rule only sees QueryPage calls, so that a login before the query does not use it up.
   */
  match(operationName: string | undefined, isQueryPage = false): FaultRule[] {
    const fired: FaultRule[] = [];
    for (const entry of this.entries) {
      const { rule } = entry;
      if (rule.kind === 'shortPage' && !isQueryPage) continue;
      if (rule.operation !== undefined && !(operationName !== undefined && operationName.endsWith(rule.operation)))
        continue;
      entry.seen += 1;
      if (entry.seen < (rule.onCall ?? 1) || entry.fired >= (rule.times ?? 1)) continue;
      if (rule.probability !== undefined && this.random() >= rule.probability) continue;
      entry.fired += 1;
      fired.push(rule);
    }
    return fired;
  }
}
