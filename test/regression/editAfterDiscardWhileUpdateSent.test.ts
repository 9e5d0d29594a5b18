import { describe, expect, it } from 'vitest';
import { parsePackage } from '../../src/metadata';
import { updateRecord } from '../../src/sync';
import { createWorld, expectedRecords, useSyncWorld } from '../integration/support/syncHarness';

useSyncWorld();

const HOUR = 60 * 60 * 1000;

/**
 * Soak seed 9500511: while an update was on its way to Siebel the user discarded it ("take
 * Siebel's" on its issue) and then edited the same record again. The new pending change started
 * again at revision 1, the revision the answer named, so the answer passed for the new change:
 * it stored Siebel's record over the new edit and deleted the new pending change, and the edit was
 * neither on the server, nor pending, nor an issue. Fix: every pending change created afresh gets
 * its own `changeId`; an answer (and every precondition of the upload) names the change it was
 * written for, and a different change is a newer one whatever its revision.
 */
describe('an edit saved after a discard while the discarded update is on the way', () => {
  async function syncedAccountWithSentUpdate() {
    const world = await createWorld();
    world.clock.advance(HOUR);
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    const db = await world.store.activeDatabase();
    if (!db) throw new Error('no active database');
    const ctx = { db, pkg: await parsePackage((await db.installedPackage()).files), now: world.clock.now };
    const account = expectedRecords(world.simulator, 'Account')[0];
    const id = String(account.Id);
    const sent = ['Customer', 'Prospect', 'Partner'].find((t) => t !== account.Type) ?? 'Prospect';
    world.clock.advance(HOUR);
    await updateRecord(ctx, 'Account', id, { Type: sent });
    return { world, db, ctx, id, original: account, sent };
  }

  /** A fetch that runs `meanwhile` once the first `ExecuteBatch` reached the server, before its answer is read. */
  function whileBatchAnswers(meanwhile: () => Promise<unknown>) {
    const state = { done: false };
    const wrapped: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!state.done && (new Headers(init?.headers).get('SOAPAction') ?? '').includes('ExecuteBatch')) {
        state.done = true;
        await meanwhile();
      }
      return response;
    };
    return { fetch: wrapped, state };
  }

  it('keeps the new edit, sends it on the next run, and leaves the discarded field as Siebel has it', async () => {
    const { world, db, ctx, id, original, sent } = await syncedAccountWithSentUpdate();
    const location = `${String(original.Location)} (moved)`;
    const meanwhile = whileBatchAnswers(async () => {
      // "Take Siebel's": the pending update goes and the record is Siebel's as last downloaded.
      await db.applyLocal({
        puts: [{ typeId: 'Account', record: { ...(await db.get('Account', id)), Type: original.Type } }],
        pending: { delete: [{ typeId: 'Account', recordId: id }] },
      });
      await updateRecord(ctx, 'Account', id, { Location: location });
    });
    const report = await world.engine({ fetch: meanwhile.fetch }).synchronize({ connection: world.connection() });
    expect(report.outcome).toBe('succeeded');
    expect(meanwhile.state.done).toBe(true);
    // Siebel took the discarded update before the discard: its value is the truth for that field.
    expect(world.simulator.data.get('Account', id)?.Type).toBe(sent);
    expect(await db.get('Account', id)).toMatchObject({ Type: sent, Location: location });
    expect(await db.pendingChange('Account', id)).toMatchObject({ operation: 'update', changedFields: ['Location'] });

    world.clock.advance(HOUR);
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    expect(world.simulator.data.get('Account', id)).toMatchObject({ Type: sent, Location: location });
    expect(await db.countPendingChanges()).toBe(0);
    expect(await db.countIssues()).toBe(0);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('keeps a new edit of the same field the discarded update carried', async () => {
    const { world, db, ctx, id, original, sent } = await syncedAccountWithSentUpdate();
    const third = ['Customer', 'Prospect', 'Partner'].find((t) => t !== original.Type && t !== sent) ?? 'Partner';
    const meanwhile = whileBatchAnswers(async () => {
      await db.applyLocal({
        puts: [{ typeId: 'Account', record: { ...(await db.get('Account', id)), Type: original.Type } }],
        pending: { delete: [{ typeId: 'Account', recordId: id }] },
      });
      await updateRecord(ctx, 'Account', id, { Type: third });
    });
    expect(
      (await world.engine({ fetch: meanwhile.fetch }).synchronize({ connection: world.connection() })).outcome,
    ).toBe('succeeded');
    expect(await db.get('Account', id)).toMatchObject({ Type: third });
    expect(await db.pendingChange('Account', id)).toMatchObject({ operation: 'update', changedFields: ['Type'] });

    world.clock.advance(HOUR);
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    expect(world.simulator.data.get('Account', id)?.Type).toBe(third);
    expect(await db.countPendingChanges()).toBe(0);
  });
});
