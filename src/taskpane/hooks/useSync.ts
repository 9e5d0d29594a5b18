import type { SyncProgress } from '../../sync';
import { useAppContext } from '../AppContext';
import type { SyncController } from '../AppContext';

/**
 * The task pane's synchronization: start (incremental, or initial when due), cancel, the running
 * flag (also for a run started by the ribbon), the last report.
 *
 * @example
 * const sync = useSync();
 * <Button disabled={sync.running} onClick={() => void sync.start()}>Sync now</Button>
 */
export function useSync(): SyncController {
  return useAppContext().sync;
}

/** Latest progress of any synchronization of the add-in (this task pane or the ribbon command). */
export function useSyncProgress(): SyncProgress | null {
  return useAppContext().sync.progress;
}

/** Increases after every finished synchronization; use it as an effect dependency to reload data. */
export function useDataVersion(): number {
  return useAppContext().dataVersion;
}
