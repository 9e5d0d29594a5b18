import type { SyncProgress } from '../../../sync';
import type { LastSyncRead } from './useLastSync';

/** What the status line says about synchronization. */
export type ChromeSyncState =
  | { readonly kind: 'reading' }
  /** `share` of the run done (0–1) while it downloads; `null` in its other phases. */
  | { readonly kind: 'syncing'; readonly share: number | null }
  | { readonly kind: 'never' }
  | { readonly kind: 'synced'; readonly at: number }
  | { readonly kind: 'failed'; readonly at: number };

/**
 * The status line's synchronization state from the running flag (any runtime's run), the latest
 * progress, the synchronized types in download order and the sync log as last read. The run stays
 * "syncing" until the log was read after it, so the line never shows the previous run's result in
 * between.
 */
export function syncStateOf(
  running: boolean,
  progress: SyncProgress | null,
  typeOrder: readonly string[],
  last: LastSyncRead | undefined,
): ChromeSyncState {
  if (running || last?.readWhileRunning)
    return { kind: 'syncing', share: running ? downloadShare(progress, typeOrder) : null };
  if (!last) return { kind: 'reading' };
  if (last.failedAt !== null) return { kind: 'failed', at: last.failedAt };
  if (last.succeededAt !== null) return { kind: 'synced', at: last.succeededAt };
  return { kind: 'never' };
}

/**
 * How much of the download is done: the types before the current one, plus the current one's share
 * once the server told how many records it has (at its last page; until then it counts as not begun).
 * The types download in the package's order, which the local schema keeps (`layout.types`). The
 * sending, checking and removing phases before and after have no measure, and no percentage.
 */
export function downloadShare(progress: SyncProgress | null, typeOrder: readonly string[]): number | null {
  if (progress?.phase !== 'downloading' || progress.typeId === null) return null;
  const index = typeOrder.indexOf(progress.typeId);
  if (index < 0) return null;
  const within = progress.recordsExpected ? Math.min(1, progress.recordsWritten / progress.recordsExpected) : 0;
  return (index + within) / typeOrder.length;
}
