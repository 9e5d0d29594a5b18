import { describe, expect, it } from 'vitest';
import { backoffDelay, withRetry } from '../../../src/sync/session/backoff';
import { ManualClock } from '../../support/ManualClock';

class Transient extends Error {}

async function settle(clock: ManualClock, times = 10): Promise<void> {
  for (let i = 0; i < times; i++) await Promise.resolve();
  void clock;
}

describe('backoffDelay', () => {
  it('doubles from 1 s and caps at 8 s with neutral jitter', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffDelay(n, () => 0.5))).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('spreads the delay by ±20 % with the injected random source', () => {
    expect(backoffDelay(0, () => 0)).toBe(800);
    expect(backoffDelay(0, () => 0.999999)).toBe(1200);
  });
});

describe('withRetry', () => {
  it('retries a transient failure after 1 s, 2 s and 4 s on the clock, then succeeds', async () => {
    const clock = new ManualClock();
    let calls = 0;
    const result = withRetry(
      async () => {
        calls++;
        if (calls < 4) throw new Transient('503');
        return 'ok';
      },
      { clock, random: () => 0.5, isTransient: (e) => e instanceof Transient },
    );
    for (const ms of [1000, 2000, 4000]) {
      await settle(clock);
      expect(clock.pendingSleeps).toBe(1);
      await clock.advance(ms - 1);
      expect(clock.pendingSleeps).toBe(1);
      await clock.advance(1);
    }
    await expect(result).resolves.toBe('ok');
    expect(calls).toBe(4);
  });

  it('gives up after three retries with the last error', async () => {
    const clock = new ManualClock();
    let calls = 0;
    const result = withRetry(
      async () => {
        calls++;
        throw new Transient(`fail ${calls}`);
      },
      { clock, random: () => 0.5, isTransient: () => true },
    );
    result.catch(() => undefined);
    for (let i = 0; i < 3; i++) {
      await settle(clock);
      await clock.advance(10_000);
    }
    await expect(result).rejects.toThrow('fail 4');
    expect(calls).toBe(4);
  });

  it('does not retry an error that is not transient', async () => {
    const clock = new ManualClock();
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw new Error('bad credentials');
        },
        { clock, random: () => 0.5, isTransient: (e) => e instanceof Transient },
      ),
    ).rejects.toThrow('bad credentials');
    expect(calls).toBe(1);
    expect(clock.pendingSleeps).toBe(0);
  });

  it('stops waiting when the signal aborts during the backoff', async () => {
    const clock = new ManualClock();
    const controller = new AbortController();
    const result = withRetry(
      async () => {
        throw new Transient('503');
      },
      { clock, random: () => 0.5, isTransient: () => true, signal: controller.signal },
    );
    await settle(clock);
    expect(clock.pendingSleeps).toBe(1);
    controller.abort(new Error('cancelled by user'));
    await expect(result).rejects.toThrow('cancelled by user');
  });
});
