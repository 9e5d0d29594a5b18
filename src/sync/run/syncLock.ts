import { SyncAlreadyRunningError } from '../errors/SyncAlreadyRunningError';

/** The part of the Web Locks API the lock uses (injected in tests). */
export interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

/** Name of the lock and of the progress channel, shared by every window and runtime of the add-in. */
export const SYNC_LOCK_NAME = 'crm-desktop-sync';

const heldInProcess = new Set<string>();

/**
 * Runs `task` while holding the synchronization lock, or rejects at once with
 * `SyncAlreadyRunningError`. Uses the Web Locks API (one lock across windows and workers of the
 * origin) and falls back to an in-process lock where it is missing (Node, old webviews).
 */
export async function withSyncLock<T>(
  task: () => Promise<T>,
  locks: LockManagerLike | null = defaultLocks(),
): Promise<T> {
  // The in-process lock is taken in both cases: it also covers a second engine in the same runtime
  // that was given no Web Locks.
  if (heldInProcess.has(SYNC_LOCK_NAME)) throw new SyncAlreadyRunningError();
  heldInProcess.add(SYNC_LOCK_NAME);
  try {
    if (!locks) return await task();
    let granted = false;
    const result = await locks.request(SYNC_LOCK_NAME, { ifAvailable: true }, async (lock) => {
      if (lock === null) return undefined;
      granted = true;
      return task();
    });
    if (!granted) throw new SyncAlreadyRunningError();
    return result as T;
  } finally {
    heldInProcess.delete(SYNC_LOCK_NAME);
  }
}

/** True while this runtime holds the lock. */
export function isSyncLockHeld(): boolean {
  return heldInProcess.has(SYNC_LOCK_NAME);
}

function defaultLocks(): LockManagerLike | null {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks ?? null;
}
