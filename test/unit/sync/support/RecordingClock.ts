import type { Clock } from '../../../../src/shared';

/** A clock whose sleeps return at once, moving time forward and remembering each delay. */
export class RecordingClock implements Clock {
  readonly sleeps: number[] = [];

  constructor(public time = Date.UTC(2024, 2, 1, 12, 0, 0)) {}

  now(): number {
    return this.time;
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    this.sleeps.push(ms);
    this.time += ms;
  }
}
