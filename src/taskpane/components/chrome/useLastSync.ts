import { useEffect, useState } from 'react';
import { useStore } from '../../hooks/useAppServices';
import { useDataVersion, useSync } from '../../hooks/useSync';
import { lastSyncOf, type LastSync } from './lastSyncOf';

/** {@link LastSync} as last read, and whether a run was going on when it was read. */
export interface LastSyncRead extends LastSync {
  /**
   * True when read while a run was going on: until the log is read again after the run, the run's
   * own outcome is not in it, and the status line keeps saying "syncing" rather than the old result.
   */
  readonly readWhileRunning: boolean;
}

/** Runs read from the log to find the newest success (the store keeps the 50 newest). */
const RUNS_READ = 50;

/**
 * The newest successful run and a failure after it, read from the sync log again whenever a run of
 * any runtime (the ribbon's too) starts or ends; `undefined` until first read, so the status line
 * does not say "never synced" for a moment.
 */
export function useLastSync(): LastSyncRead | undefined {
  const store = useStore();
  const dataVersion = useDataVersion();
  const { running } = useSync();
  const [last, setLast] = useState<LastSyncRead | undefined>(undefined);
  useEffect(() => {
    let current = true;
    store.listSyncLog(RUNS_READ).then(
      (log) => current && setLast({ ...lastSyncOf(log), readWhileRunning: running }),
      // The Sync tab shows the log and its read error; the status line keeps what it knew, but not
      // "syncing" after the run ended.
      () => current && setLast((known) => known && { ...known, readWhileRunning: running }),
    );
    return () => {
      current = false;
    };
  }, [store, dataVersion, running]);
  return last;
}
