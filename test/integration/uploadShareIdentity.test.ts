import { describe, expect, it } from 'vitest';
import { parsePackage } from '../../src/metadata';
import { isLocalId } from '../../src/store';
import { shareItem, shareState, type ShareRequest } from '../../src/sync';
import type { LocalContext } from '../../src/sync/local/types';
import { openTestStore, useSyncWorld } from './support/syncHarness';
import { createUploadWorld, idOf } from './support/uploadWorld';

useSyncWorld();

const HOUR = 60 * 60 * 1000;
const SHARE_KEY = 'm-0b3f1c2d4e5a69788796a5b4c3d2e1f0';

function request(overrides: Partial<ShareRequest>): ShareRequest {
  return {
    itemKey: SHARE_KEY,
    aliases: ['<msg-0815@mail.example.test>'],
    kind: 'inboundEmail',
    subject: 'Pallet quote',
    start: '2024-06-03T08:15:00.000Z',
    from: 'buyer@customer.test',
    to: ['jsmith@example.test'],
    cc: [],
    body: 'Hello,\nplease send us a quote.',
    accountId: null,
    opportunityId: null,
    contactIds: [],
    ...overrides,
  };
}

describe('the share key of an Outlook item on the server', () => {
  it('links a second share of the same item from a fresh local store to the activity already in Siebel', async () => {
    const world = await createUploadWorld();
    // Store B: the same user on another Outlook (another computer), synchronized before the share.
    const storeB = await openTestStore('itb-', world.clock);
    const engineB = world.engine({ store: storeB });
    world.clock.advance(HOUR);
    expect((await engineB.synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    const dbB = await storeB.activeDatabase();
    if (!dbB) throw new Error('store B has no active database');
    const ctxB: LocalContext = { db: dbB, pkg: await parsePackage((await dbB.installedPackage()).files) };

    const [first, second] = [world.serverRecord('Contact', 0), world.serverRecord('Contact', 1)];
    const activities = world.simulator.data.count('Action');
    await shareItem(await world.ctx(), request({ contactIds: [first.Id] }));
    expect((await world.sync()).uploads).toMatchObject({ inserted: 2, issues: 0 });
    const sharedA = await shareState(await world.ctx(), SHARE_KEY);
    const activityId = idOf(sharedA?.activity);
    expect(isLocalId(activityId)).toBe(false);
    expect(world.simulator.data.get('Action', activityId)?.['CRMD Share Key']).toBe(SHARE_KEY);

    // B never saw A's share: locally the item is not shared, so B creates a new activity…
    expect(await shareState(ctxB, [SHARE_KEY, '<msg-0815@mail.example.test>'])).toBeNull();
    const local = await shareItem(ctxB, request({ subject: 'Pallet quote (from B)', contactIds: [second.Id] }));
    expect(isLocalId(idOf(local.activity))).toBe(true);
    world.clock.advance(HOUR);
    const report = await engineB.synchronize({ connection: world.connection() });
    expect(report.outcome).toBe('succeeded');
    expect(report.uploads).toMatchObject({ issues: 0 });

    // …which the upload finds on the server by its share key and links to instead of inserting.
    expect(world.simulator.data.count('Action')).toBe(activities + 1);
    const sharedB = await shareState(ctxB, SHARE_KEY);
    expect(idOf(sharedB?.activity)).toBe(activityId);
    expect(sharedB?.pending).toBe(false);
    // The existing activity's values win; B's contact link joins A's.
    expect(world.simulator.data.get('Action', activityId)?.Description).toBe('Pallet quote');
    const links = [...world.simulator.data.list('ActionContact')]
      .filter((l) => l['Activity Id'] === activityId)
      .map((l) => l['Contact Id'])
      .sort();
    expect(links).toEqual([first.Id, second.Id].sort());
    expect(await dbB.countPendingChanges()).toBe(0);
  });

  it('finds a share by an alias and moves it to the share key, keeping the same activity', async () => {
    const world = await createUploadWorld();
    const ctx = await world.ctx();
    // Shared before this Outlook recorded a key on the item: stored under the draft's item id.
    const before = await shareItem(ctx, request({ itemKey: 'draft-item-id', aliases: [] }));
    const after = await shareItem(ctx, request({ itemKey: SHARE_KEY, aliases: ['sent-item-id', 'draft-item-id'] }));
    expect(idOf(after.activity)).toBe(idOf(before.activity));
    expect(await ctx.db.sharedItem('draft-item-id')).toMatchObject({
      itemKey: SHARE_KEY,
      aliases: ['draft-item-id', 'sent-item-id'],
    });
    expect(await ctx.db.sharedItem(['moved-item-id', 'sent-item-id'])).toMatchObject({ itemKey: SHARE_KEY });
    expect(after.activity.CRMDShareKey).toBe(SHARE_KEY);
    expect((await world.sync()).uploads).toMatchObject({ inserted: 1, issues: 0 });
    expect((await shareState(ctx, 'sent-item-id'))?.pending).toBe(false);
  });
});
