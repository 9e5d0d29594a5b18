import { useEffect } from 'react';

/** Starts loading a lazily loaded chunk; a failure is ignored (it shows when the chunk is needed). */
export type ChunkLoader = () => Promise<unknown>;

/**
 * Fetches code the user is about to need (the next wizard step, the record editor) when the page
 * is idle after the current screen painted, at the latest after `timeout` ms: the screen's own
 * script does not wait for it, and the user does not see a spinner when they get there. Runs again
 * when `enabled` turns true (give `loads` as a module constant, so it does not run on every render).
 */
export function usePreloadWhenIdle(loads: readonly ChunkLoader[], enabled = true, timeout = 5_000): void {
  useEffect(() => {
    if (!enabled) return;
    const preload = () => {
      for (const load of loads) load().catch(() => undefined);
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(preload, { timeout });
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(preload, Math.min(timeout, 1_000));
    return () => clearTimeout(timer);
  }, [loads, enabled, timeout]);
}
