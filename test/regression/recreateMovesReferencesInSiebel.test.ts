import { describe, expect, it } from 'vitest';
import { parsePackage } from '../../src/metadata';
import { resolveIssue, updateRecord } from '../../src/sync';
import { createWorld, expectedRecords, useSyncWorld } from '../integration/support/syncHarness';

useSyncWorld();

const HOUR = 60 * 60 * 1000;

/**
 * Found by the model-based suite (test/model, seed 300925). Shrunk: sync; sync with concurrent
 * local work [local edit Opportunity #5, …]; server delete Opportunity #37 (the same one); sync with
 * concurrent local work [resolve issue #0: choose field by field (on "deleted in Siebel": create it
 * again)] → `Action 1-4000004 differs from the server in OpportunityId: local "local-…" server
 * "1-3000002"`. "Create it again" moved the references of the deleted record to the new one (as
 * docs/local-changes.md says) only in the local data: the activity pointing at it had no change to
 * send, so Siebel kept pointing at the deleted record, and the local activity differed from the
 * server's for good. Fix: the records that point at it get that reference as a change of their own,
 * sent once the new record has its Siebel Id.
 */
describe('"create it again" on a record deleted in Siebel', () => {
  it('points the records that referred to it at the new record in Siebel too', async () => {
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
    const activity = expectedRecords(world.simulator, 'Action').find((a) => a['Opportunity Id'] !== '');
    if (!activity) throw new Error('no activity of an opportunity in the data set');
    const opportunityId = activity['Opportunity Id'];

    // Edited here, deleted in Siebel: a conflict; the user creates it again.
    world.clock.advance(HOUR);
    await updateRecord(ctx, 'Opportunity', opportunityId, { Description: 'Edited here' });
    world.simulator.data.delete('Opportunity', opportunityId);
    world.clock.advance(HOUR);
    await sync();
    const [issue] = await db.listIssues();
    expect(issue).toMatchObject({ kind: 'conflict', server: null, recordId: opportunityId });
    await resolveIssue(ctx, issue, { action: 'recreate' });

    world.clock.advance(HOUR);
    await sync();
    world.clock.advance(HOUR);
    await sync();
    const recreated = [...world.simulator.data.list('Opportunity')].find((o) => o.Description === 'Edited here');
    expect(recreated).toBeDefined();
    expect((await db.get('Action', activity.Id))?.OpportunityId).toBe(recreated?.Id);
    expect(world.simulator.data.get('Action', activity.Id)?.['Opportunity Id']).toBe(recreated?.Id);
    expect(await db.countPendingChanges()).toBe(0);
    expect(await db.countIssues()).toBe(0);
  });
});
