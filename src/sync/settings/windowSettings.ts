import { DEFAULT_SERVER_TIME_FUNCTION } from '../../siebel';
import type { SyncRuntime } from '../ports';

/**
 * What the changes window of a run is made of: the watermark's overlap (tuning) and the server's
 * time function (wire profile; a profile built before the setting existed gets Siebel's default).
 */
export function windowSettings(runtime: Pick<SyncRuntime, 'tuning' | 'wireProfile'>): {
  overlapMs: number;
  timeFunction: string | null;
} {
  const timeFunction = runtime.wireProfile.serverTimeFunction;
  return {
    overlapMs: runtime.tuning.incrementalOverlapMs,
    timeFunction: timeFunction === undefined ? DEFAULT_SERVER_TIME_FUNCTION : timeFunction,
  };
}
