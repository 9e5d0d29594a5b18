import { describe, expect, it } from 'vitest';
import { parsePackage } from '../../src/metadata';
import { updateRecord } from '../../src/sync';
import { createWorld, expectedRecords, useSyncWorld } from '../integration/support/syncHarness';

useSyncWorld();

const HOUR = 60 * 60 * 1000;

/**
 * The narrower case left open by soak seed 3000231 (editBackSavedWhileUpdateSent.test.ts): the
 * pending update carries one field, and while it is on the way the user sets that field back. The
 * edit was folded against the pending change's `base` (the record before the upload), so nothing
 * was left to send and the pending change was deleted; Siebel's answer then found no pending change,
 * took it for a discard and stored Siebel's value over the user's. Fix: the upload marks the fields
 * it sends (`PendingChange.sending`, `DataDatabase.markSending`) before the call leaves; the fold
 * keeps a marked field pending even when it equals the base, and when the answer is lost the next
 * run's merge counts a server value equal to the sent one as the change's own.
 */
describe('an edit setting every sent field back while the update is on the way', () => {
  async function syncedAccount() {
    const world = await createWorld();
    world.clock.advance(HOUR);
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    const db = await world.store.activeDatabase();
    if (!db) throw new Error('no active database');
    const ctx = { db, pkg: await parsePackage((await db.installedPackage()).files), now: world.clock.now };
    const id = String(expectedRecords(world.simulator, 'Account')[0].Id);
    const before = String((await db.get('Account', id))?.Type ?? '');
    const sent = ['Customer', 'Prospect', 'Partner'].find((t) => t !== before) ?? 'Prospect';
    world.clock.advance(HOUR);
    await updateRecord(ctx, 'Account', id, { Type: sent });
    return { world, db, ctx, id, before, sent };
  }

  /** A fetch that saves `edit` once the first `ExecuteBatch` reached the server, before its answer is read. */
  function editingWhileBatchAnswers(edit: () => Promise<unknown>, thenFail = false) {
    const state = { edited: false };
    const wrapped: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!state.edited && (new Headers(init?.headers).get('SOAPAction') ?? '').includes('ExecuteBatch')) {
        state.edited = true;
        await edit();
        if (thenFail) throw new TypeError('Failed to fetch');
      }
      return response;
    };
    return { fetch: wrapped, state };
  }

  it('keeps the user’s value pending against Siebel’s and sends it on the next run', async () => {
    const { world, db, ctx, id, before, sent } = await syncedAccount();
    const meanwhile = editingWhileBatchAnswers(() => updateRecord(ctx, 'Account', id, { Type: before }));
    const report = await world.engine({ fetch: meanwhile.fetch }).synchronize({ connection: world.connection() });
    expect(report.outcome).toBe('succeeded');
    expect(meanwhile.state.edited).toBe(true);
    expect(world.simulator.data.get('Account', id)?.Type).toBe(sent);
    expect(await db.get('Account', id)).toMatchObject({ Type: before });
    const pending = await db.pendingChange('Account', id);
    expect(pending).toMatchObject({ operation: 'update', changedFields: ['Type'] });
    expect(pending?.sending).toBeUndefined();

    world.clock.advance(HOUR);
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    expect(world.simulator.data.get('Account', id)?.Type).toBe(before);
    expect(await db.get('Account', id)).toMatchObject({ Type: before });
    expect(await db.countPendingChanges()).toBe(0);
    expect(await db.countIssues()).toBe(0);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('keeps it pending when the answer is lost, so the next run puts the user’s value back', async () => {
    const { world, db, ctx, id, before, sent } = await syncedAccount();
    const meanwhile = editingWhileBatchAnswers(() => updateRecord(ctx, 'Account', id, { Type: before }), true);
    const report = await world.engine({ fetch: meanwhile.fetch }).synchronize({ connection: world.connection() });
    expect(report.outcome).toBe('failed');
    // Siebel took the update; its answer never arrived.
    expect(world.simulator.data.get('Account', id)?.Type).toBe(sent);
    expect(await db.pendingChange('Account', id)).toMatchObject({
      operation: 'update',
      changedFields: ['Type'],
      sending: { Type: sent },
    });

    world.clock.advance(HOUR);
    const next = await world.engine().synchronize({ connection: world.connection() });
    expect(next.outcome).toBe('succeeded');
    expect(world.simulator.data.get('Account', id)?.Type).toBe(before);
    expect(await db.get('Account', id)).toMatchObject({ Type: before });
    expect(await db.countPendingChanges()).toBe(0);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('still lets a discard while the update is on the way take Siebel’s record', async () => {
    const { world, db, id, sent } = await syncedAccount();
    const meanwhile = editingWhileBatchAnswers(() =>
      db.applyLocal({ pending: { delete: [{ typeId: 'Account', recordId: id }] } }),
    );
    const report = await world.engine({ fetch: meanwhile.fetch }).synchronize({ connection: world.connection() });
    expect(report.outcome).toBe('succeeded');
    expect(await db.get('Account', id)).toMatchObject({ Type: sent });
    expect(await db.countPendingChanges()).toBe(0);
  });
});
