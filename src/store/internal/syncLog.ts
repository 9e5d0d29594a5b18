import type { DirectoryDb } from '../directoryDb';
import { StoreError } from '../errors/StoreError';
import type { SyncLogEntry } from '../types';

/** How many runs the sync log keeps. */
export const SYNC_LOG_SIZE = 50;

/** Adds `entry` and drops the oldest runs beyond {@link SYNC_LOG_SIZE}, in one transaction. */
export function appendSyncLogEntry(dir: DirectoryDb, entry: SyncLogEntry): Promise<number> {
  return dir.transaction('rw', dir.syncLog, async () => {
    const { id: _ignored, ...row } = entry;
    // `++id` always yields a number; Dexie's insert type cannot know that.
    const id = (await dir.syncLog.add(row)) as number;
    const excess = (await dir.syncLog.count()) - SYNC_LOG_SIZE;
    if (excess > 0) await dir.syncLog.bulkDelete(await dir.syncLog.toCollection().limit(excess).primaryKeys());
    return id;
  });
}

/** Merges `patch` into run `id`. */
export async function updateSyncLogEntry(dir: DirectoryDb, id: number, patch: Partial<SyncLogEntry>): Promise<void> {
  const { id: _ignored, ...changes } = patch;
  const updated = await dir.syncLog.update(id, changes);
  if (updated === 0 && !(await dir.syncLog.get(id))) {
    throw new StoreError(
      `Updating the sync log failed: run ${id} is not in the log (only the ${SYNC_LOG_SIZE} newest are kept) — append a new entry instead`,
    );
  }
}

/** The newest `limit` runs, newest first. */
export function listSyncLogEntries(dir: DirectoryDb, limit = SYNC_LOG_SIZE): Promise<SyncLogEntry[]> {
  return dir.syncLog.toCollection().reverse().limit(limit).toArray();
}
