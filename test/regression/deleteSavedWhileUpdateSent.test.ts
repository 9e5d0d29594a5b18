import { describe, expect, it } from 'vitest';
import { parsePackage } from '../../src/metadata';
import { deleteRecord, updateRecord } from '../../src/sync';
import { createWorld, expectedRecords, useSyncWorld } from '../integration/support/syncHarness';

useSyncWorld();

const HOUR = 60 * 60 * 1000;

/**
 * Found by the model-based suite (test/model, `sync with concurrent local work`, seed 1068). Shrunk: sync;
 * local edit Account #0 Type to Customer; sync with concurrent local work [local delete Account
 * #18 (the same account) after call 1] (released: #1 AccountQueryPage, local delete Account #18,
 * #2 ExecuteBatch, …) → `local delete of Account 1-1000000 {} is neither on the server nor pending
 * nor an issue`. The user deletes a record while its update is on the way; the pending update
 * becomes a pending delete with a newer revision. The update's answer then takes the branch for
 * an answered *delete* and removes the pending change without looking at its revision: the
 * user's delete is lost, and the record, gone locally, stays on the server.
 * Fix (`src/store/internal/local/acknowledgeUpload.ts`): in that branch, when `pending.revision >
 * ack.revision`, the delete stays pending against the server's record, with the answered record
 * as its base (so the next run does not take the update's own stamp for a change in Siebel).
 */
describe('a delete saved while the record’s update is on the way', () => {
  it('stays pending and deletes the record in Siebel on the next run', async () => {
    const world = await createWorld();
    world.clock.advance(HOUR);
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    const db = await world.store.activeDatabase();
    if (!db) throw new Error('no active database');
    const ctx = { db, pkg: await parsePackage((await db.installedPackage()).files), now: world.clock.now };
    const { Id: id } = expectedRecords(world.simulator, 'Account')[0];
    world.clock.advance(HOUR);
    await updateRecord(ctx, 'Account', id, { MainPhoneNumber: '+1 555 0142' });

    // The user deletes the account after the update reached the server, before its answer is read.
    let deleted = false;
    const fetchDeletingMeanwhile: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!deleted && (new Headers(init?.headers).get('SOAPAction') ?? '').includes('ExecuteBatch')) {
        deleted = true;
        await deleteRecord(ctx, 'Account', id);
      }
      return response;
    };
    const report = await world
      .engine({ fetch: fetchDeletingMeanwhile })
      .synchronize({ connection: world.connection() });
    expect(report.outcome).toBe('succeeded');
    expect(deleted).toBe(true);
    expect(world.simulator.data.get('Account', id)?.['Main Phone Number']).toBe('+1 555 0142');
    expect(await db.pendingChange('Account', id)).toMatchObject({ operation: 'delete' });

    world.clock.advance(HOUR);
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    expect(world.simulator.data.get('Account', id)).toBeUndefined();
    expect(await db.countPendingChanges()).toBe(0);
    expect(await db.countIssues()).toBe(0);
  });
});
