// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUTO_SYNC_JITTER, autoSyncDelay, useAutoSync } from '../../../../src/taskpane/hooks/useAutoSync';
import { manualNetwork, manualTimers } from '../support/manualTimers';

afterEach(cleanup);

const MINUTE = 60_000;

describe('autoSyncDelay', () => {
  it('moves the interval by at most 15 % either way', () => {
    expect(autoSyncDelay(30, () => 0)).toBe(30 * MINUTE * (1 - AUTO_SYNC_JITTER));
    expect(autoSyncDelay(30, () => 0.5)).toBe(30 * MINUTE);
    expect(autoSyncDelay(30, () => 0.999999)).toBeCloseTo(30 * MINUTE * (1 + AUTO_SYNC_JITTER), -2);
  });
});

describe('useAutoSync', () => {
  it('runs every N minutes with jitter, rescheduling after each run', async () => {
    const { timers, advance } = manualTimers();
    const run = vi.fn(async () => undefined);
    renderHook(() =>
      useAutoSync({ minutes: 10, enabled: true, run, timers, random: () => 0, network: manualNetwork().network }),
    );
    await advance(8.5 * MINUTE - 1);
    expect(run).not.toHaveBeenCalled();
    await advance(1);
    expect(run).toHaveBeenCalledTimes(1);
    await advance(8.5 * MINUTE);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('does nothing when turned off or not signed in', async () => {
    const { timers, advance, pending } = manualTimers();
    const run = vi.fn(async () => undefined);
    renderHook(() => useAutoSync({ minutes: 0, enabled: true, run, timers, network: manualNetwork().network }));
    renderHook(() => useAutoSync({ minutes: 10, enabled: false, run, timers, network: manualNetwork().network }));
    await advance(60 * MINUTE);
    expect(run).not.toHaveBeenCalled();
    expect(pending.size).toBe(0);
  });

  it('holds a run that falls due offline and starts it when the network returns', async () => {
    const { timers, advance } = manualTimers();
    const { network, set } = manualNetwork();
    const run = vi.fn(async () => undefined);
    const { result } = renderHook(() =>
      useAutoSync({ minutes: 10, enabled: true, run, timers, random: () => 0.5, network }),
    );
    await set(false);
    expect(result.current.paused).toBe(true);
    await advance(30 * MINUTE);
    expect(run).not.toHaveBeenCalled();
    await set(true);
    expect(result.current.paused).toBe(false);
    expect(run).toHaveBeenCalledTimes(1);
    await advance(10 * MINUTE);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('keeps going after a failed run', async () => {
    const { timers, advance } = manualTimers();
    const run = vi.fn(async () => Promise.reject(new Error('offline')));
    renderHook(() =>
      useAutoSync({ minutes: 5, enabled: true, run, timers, random: () => 0.5, network: manualNetwork().network }),
    );
    await advance(5 * MINUTE);
    await advance(5 * MINUTE);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('stops its timer when unmounted', async () => {
    const { timers, advance, pending } = manualTimers();
    const run = vi.fn(async () => undefined);
    const { unmount } = renderHook(() =>
      useAutoSync({ minutes: 5, enabled: true, run, timers, network: manualNetwork().network }),
    );
    unmount();
    expect(pending.size).toBe(0);
    await advance(10 * MINUTE);
    expect(run).not.toHaveBeenCalled();
  });
});
