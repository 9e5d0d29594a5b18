import { SimulatedDrop } from '../SimulatedDrop';
import type { SimulatorClock } from '../types';

/**
 * Waits `ms` on the simulator clock (`clock.sleep` when it has one, so a manual clock in a test
 * decides when the wait ends); a client that aborts meanwhile gets a dropped connection.
 */
export function sleepOnClock(clock: SimulatorClock, ms: number, signal: AbortSignal): Promise<void> {
  if (clock.sleep) return clock.sleep(ms, signal);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new SimulatedDrop());
      },
      { once: true },
    );
  });
}
