import { describe, expect, it } from 'vitest';
import { SyncAlreadyRunningError } from '../../../src/sync';
import { withSyncLock, type LockManagerLike } from '../../../src/sync/run/syncLock';

/** A Web Locks stand-in: one lock name, `ifAvailable` hands `null` when it is held (elsewhere too). */
function fakeLocks(heldElsewhere = false): LockManagerLike & { requests: string[] } {
  let held = heldElsewhere;
  const requests: string[] = [];
  return {
    requests,
    async request(name, options, callback) {
      requests.push(`${name}:${options.ifAvailable}`);
      if (held) return callback(null);
      held = true;
      try {
        return await callback({ name });
      } finally {
        held = false;
      }
    },
  };
}

describe('withSyncLock', () => {
  it('runs the task under the Web Lock named crm-desktop-sync, asking only if available', async () => {
    const locks = fakeLocks();
    await expect(withSyncLock(async () => 'ran', locks)).resolves.toBe('ran');
    expect(locks.requests).toEqual(['crm-desktop-sync:true']);
  });

  it('refuses with SyncAlreadyRunningError when another window holds the Web Lock', async () => {
    let ran = false;
    const attempt = withSyncLock(async () => (ran = true), fakeLocks(true));
    await expect(attempt).rejects.toBeInstanceOf(SyncAlreadyRunningError);
    await expect(attempt).rejects.toThrow(
      'A synchronization is already running; wait for it to finish or follow its progress in the task pane',
    );
    expect(ran).toBe(false);
  });

  it('falls back to an in-process lock without Web Locks and frees it after a failure', async () => {
    let release!: () => void;
    const first = withSyncLock(() => new Promise<void>((r) => (release = r)), null);
    await expect(withSyncLock(async () => undefined, null)).rejects.toMatchObject({ code: 'SyncAlreadyRunning' });
    release();
    await first;
    await expect(withSyncLock(async () => Promise.reject(new Error('boom')), null)).rejects.toThrow('boom');
    await expect(withSyncLock(async () => 'free again', null)).resolves.toBe('free again');
  });
});
