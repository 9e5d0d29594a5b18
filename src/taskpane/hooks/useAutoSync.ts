import { useEffect, useRef, useState } from 'react';

/** The timer functions the hook uses; tests pass a manual clock's. */
export interface AutoSyncTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Online/offline, as `navigator.onLine` and the window's `online`/`offline` events tell. */
export interface NetworkStatus {
  isOnline(): boolean;
  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: (online: boolean) => void): () => void;
}

/** Options of {@link useAutoSync}. */
export interface AutoSyncOptions {
  /** Minutes between runs; 0 or less turns automatic sync off. */
  readonly minutes: number;
  /** False while the user is not signed in or the wizard runs. */
  readonly enabled: boolean;
  /** Starts one incremental synchronization; its failure is the caller's to show. */
  readonly run: () => Promise<unknown>;
  readonly timers?: AutoSyncTimers;
  readonly random?: () => number;
  readonly network?: NetworkStatus;
}

/** How far a delay may move either way, so a whole sales force does not hit the server at once. */
export const AUTO_SYNC_JITTER = 0.15;

/** The delay before the next automatic run: `minutes` ± 15 %, from `random()` in [0, 1). */
export function autoSyncDelay(minutes: number, random: () => number): number {
  return Math.round(minutes * 60_000 * (1 + (random() * 2 - 1) * AUTO_SYNC_JITTER));
}

const browserTimers: AutoSyncTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** `navigator.onLine` plus the window's events; "online" where there is no navigator. */
export const browserNetwork: NetworkStatus = {
  isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine),
  subscribe: (listener) => {
    if (typeof window === 'undefined') return () => undefined;
    const online = () => listener(true);
    const offline = () => listener(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  },
};

/**
 * Runs `run` every `minutes` (with jitter) while `enabled`, never while offline: a run that falls
 * due offline waits and starts as soon as the network returns. Returns whether it is paused offline.
 */
export function useAutoSync({
  minutes,
  enabled,
  run,
  timers = browserTimers,
  random = Math.random,
  network = browserNetwork,
}: AutoSyncOptions): { paused: boolean } {
  const runRef = useRef(run);
  runRef.current = run;
  const [paused, setPaused] = useState(() => !network.isOnline());
  useEffect(() => {
    if (!enabled || minutes <= 0) return undefined;
    let handle: unknown = null;
    let due = false;
    let stopped = false;
    const schedule = () => {
      handle = timers.setTimeout(fire, autoSyncDelay(minutes, random));
    };
    const fire = () => {
      handle = null;
      if (!network.isOnline()) {
        due = true;
        return;
      }
      due = false;
      void runRef
        .current()
        .catch(() => undefined)
        .finally(() => {
          if (!stopped) schedule();
        });
    };
    const unsubscribe = network.subscribe((online) => {
      setPaused(!online);
      if (online && due) fire();
    });
    schedule();
    return () => {
      stopped = true;
      unsubscribe();
      if (handle !== null) timers.clearTimeout(handle);
    };
  }, [enabled, minutes, timers, random, network]);
  return { paused };
}
