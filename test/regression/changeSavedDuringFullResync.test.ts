import { describe, expect, it } from 'vitest';
import { parsePackage } from '../../src/metadata';
import { updateRecord } from '../../src/sync';
import type { LocalContext } from '../../src/sync/local/types';
import { createWorld, expectedRecords, useSyncWorld, type SyncWorld } from '../integration/support/syncHarness';

useSyncWorld();

const HOUR = 60 * 60 * 1000;

/**
 * Found by the model-based suite (test/model, `sync with concurrent local work`; seeds 1014,
 * 1016, 1017 of the first soak). Shrunk (seed 1016): sync; sync full with concurrent local work
 * [local delete Account #0 after call 0] → the delete is gone. A run that builds a new database
 * (full resynchronization, another login, a schema change) counted the pending changes only at
 * its start and after its upload; the task pane kept saving into the active database while the
 * run downloaded, and the swap deleted that database with the change. Fix: the commit counts
 * the replaced database's pending changes again just before the swap and stops with
 * `PendingChangesError`, as at the start, unless the user agreed to discard them.
 */
describe('a change saved while a run builds a new database', () => {
  /** A first sync, then a context on the active database, as the task pane holds it. */
  async function syncedWorld(): Promise<{ world: SyncWorld; ctx: LocalContext; accountId: string }> {
    const world = await createWorld();
    world.clock.advance(HOUR);
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    world.clock.advance(HOUR);
    const db = await world.store.activeDatabase();
    if (!db) throw new Error('no active database');
    const ctx = { db, pkg: await parsePackage((await db.installedPackage()).files), now: world.clock.now };
    return { world, ctx, accountId: expectedRecords(world.simulator, 'Account')[0].Id };
  }

  /** A fetch that saves the user's edit when the first page of the download comes back, before the run reads it. */
  function editDuringDownload(save: () => Promise<unknown>): typeof fetch {
    let saved = false;
    return async (input, init) => {
      const response = await fetch(input, init);
      if (!saved && (new Headers(init?.headers).get('SOAPAction') ?? '').includes('QueryPage')) {
        saved = true;
        await save();
      }
      return response;
    };
  }

  it.each([
    ['a full resynchronization', (world: SyncWorld) => ({ connection: world.connection(), full: true }), false],
    ['a run with another login', (world: SyncWorld) => ({ connection: world.connection('TBROWN') }), true],
  ])('%s stops instead of deleting it with the old database', async (_label, options, loginChanged) => {
    const { world, ctx, accountId } = await syncedWorld();
    const fetch = editDuringDownload(() => updateRecord(ctx, 'Account', accountId, { MainPhoneNumber: '+1 555 0142' }));
    const report = await world.engine({ fetch }).synchronize(options(world));
    expect(report.outcome).toBe('failed');
    expect(report.error).toMatchObject({ code: 'PendingChanges', pendingCount: 1 });
    expect(report.error?.message).toContain(loginChanged ? 'previous login' : 'could not be sent');
    expect(world.simulator.openSessionCount()).toBe(0);
    // The old database is still the active one, with the change waiting…
    const active = await world.store.activeDatabase();
    expect(active?.name).toBe(ctx.db.name);
    expect(await active?.pendingChange('Account', accountId)).toMatchObject({
      operation: 'update',
      changedFields: ['MainPhoneNumber'],
    });
    if (loginChanged) return;
    // …and the next run sends it.
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    expect(world.simulator.data.get('Account', accountId)?.['Main Phone Number']).toBe('+1 555 0142');
  });

  it('replaces the database when the user agreed to discard changes', async () => {
    const { world, ctx, accountId } = await syncedWorld();
    const fetch = editDuringDownload(() => updateRecord(ctx, 'Account', accountId, { MainPhoneNumber: '+1 555 0142' }));
    const report = await world
      .engine({ fetch })
      .synchronize({ connection: world.connection(), full: true, discardPendingChanges: true });
    expect(report.outcome).toBe('succeeded');
    expect((await world.store.activeDatabase())?.name).not.toBe(ctx.db.name);
  });
});
