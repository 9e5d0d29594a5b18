import type { Clock } from '../../src/shared';

/** A clock that moves only when a test calls `advance`; sleepers wake in time order. */
export class ManualClock implements Clock {
  private sleepers: Array<{ at: number; resolve: () => void; reject: (reason: unknown) => void }> = [];

  constructor(private time = Date.UTC(2024, 0, 1)) {}

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const sleeper = { at: this.time + ms, resolve, reject };
      this.sleepers.push(sleeper);
      signal?.addEventListener(
        'abort',
        () => {
          this.sleepers = this.sleepers.filter((s) => s !== sleeper);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  }

  /** Number of pending sleeps (lets a test wait until code under test is sleeping). */
  get pendingSleeps(): number {
    return this.sleepers.length;
  }

  /** Moves time forward and wakes every sleeper that is due, in order. */
  async advance(ms: number): Promise<void> {
    this.time += ms;
    const due = this.sleepers.filter((s) => s.at <= this.time).sort((a, b) => a.at - b.at);
    this.sleepers = this.sleepers.filter((s) => s.at > this.time);
    for (const s of due) s.resolve();
    await Promise.resolve();
  }
}
