import { describe, expect, it } from 'vitest';
import { parsePackage } from '../../src/metadata';
import { resolveIssue, updateRecord } from '../../src/sync';
import type { LocalContext } from '../../src/sync/local/types';
import { createWorld, expectedRecords, useSyncWorld, type SyncWorld } from '../integration/support/syncHarness';

useSyncWorld();

const HOUR = 60 * 60 * 1000;

/**
 * "Discard my change" on a conflict restored the server record the conflict was raised with, even
 * when a later download had received a newer one (kept on the pending change as `serverSeen`):
 * the watermark had moved past that newer version, so no incremental run fetched it again and
 * the record stayed stale. The conflict's record is read once, when the upload checks it; a
 * blocked change is not checked again by later runs, but their downloads still see the record.
 */
describe('discarding a conflict after the server changed the record again', () => {
  async function conflictedThenChangedAgain(): Promise<{ world: SyncWorld; ctx: LocalContext; id: string }> {
    const world = await createWorld();
    const sync = async () =>
      expect(
        (await world.engine().synchronize({ connection: world.connection(), deletionCheckHours: 0 })).outcome,
      ).toBe('succeeded');
    world.clock.advance(HOUR);
    await sync();
    const db = await world.store.activeDatabase();
    if (!db) throw new Error('no active database');
    const ctx = { db, pkg: await parsePackage((await db.installedPackage()).files), now: world.clock.now };
    const { Id: id, Type: type } = expectedRecords(world.simulator, 'Account')[0];
    const [mine, theirs] = ['Prospect', 'Partner', 'Competitor'].filter((t) => t !== type);
    // Both sides change the account's type: a conflict the package leaves to the user.
    world.clock.advance(HOUR);
    await updateRecord(ctx, 'Account', id, { Type: mine });
    world.simulator.data.update('Account', id, { Type: theirs });
    world.clock.advance(HOUR);
    await sync();
    expect((await db.listIssues()).map((i) => i.kind)).toEqual(['conflict']);
    // The server changes it again; the next run downloads that version but keeps the local one.
    world.clock.advance(HOUR);
    world.simulator.data.update('Account', id, { Type: 'Customer', 'Main Phone Number': '+1 555 0199' });
    world.clock.advance(HOUR);
    await sync();
    return { world, ctx, id };
  }

  it('restores the newest server record, and the next runs keep it equal to the server', async () => {
    const { world, ctx, id } = await conflictedThenChangedAgain();
    const [issue] = await ctx.db.listIssues();
    await resolveIssue(ctx, issue, { action: 'discard' });
    expect(await ctx.db.get('Account', id)).toMatchObject({ Type: 'Customer', MainPhoneNumber: '+1 555 0199' });
    world.clock.advance(HOUR);
    expect((await world.engine().synchronize({ connection: world.connection(), deletionCheckHours: 0 })).outcome).toBe(
      'succeeded',
    );
    expect(await ctx.db.get('Account', id)).toMatchObject({ Type: 'Customer', MainPhoneNumber: '+1 555 0199' });
  });
});
