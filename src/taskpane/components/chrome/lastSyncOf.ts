import type { SyncLogEntry } from '../../../store';

/** What the status line tells of past runs. */
export interface LastSync {
  /** When the newest successful run ended; `null` when none is in the log. */
  readonly succeededAt: number | null;
  /** When the newest finished run ended, if it failed (a later success clears it); else `null`. */
  readonly failedAt: number | null;
}

/**
 * The newest success and a failure after it, from the sync log (newest first). A run still
 * `running` is left out (the live progress tells of it), and so is a cancelled one: the user
 * stopped it, nothing is wrong.
 */
export function lastSyncOf(log: readonly SyncLogEntry[]): LastSync {
  const finished = log.filter((entry) => entry.outcome === 'succeeded' || entry.outcome === 'failed');
  const success = finished.find((entry) => entry.outcome === 'succeeded');
  const newest = finished[0];
  return {
    succeededAt: success ? (success.endedAt ?? success.startedAt) : null,
    failedAt: newest?.outcome === 'failed' ? (newest.endedAt ?? newest.startedAt) : null,
  };
}
