import { describe, expect, it } from 'vitest';
import { isLocalId } from '../../src/store';
import { shareItem, shareState, type ShareRequest } from '../../src/sync';
import { SHARE_COMMENT_MAX_CHARS } from '../../src/sync/local/shareValues';
import { useSyncWorld } from './support/syncHarness';
import { createUploadWorld, idOf } from './support/uploadWorld';

useSyncWorld();

function request(overrides: Partial<ShareRequest>): ShareRequest {
  return {
    itemKey: '<msg-4711@mail.example.test>',
    kind: 'inboundEmail',
    subject: 'Quote for 40 pallets',
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

describe('sharing an Outlook item with Siebel', () => {
  it('creates one activity with its contact links, and sharing again updates it instead of adding one', async () => {
    const world = await createUploadWorld();
    const ctx = await world.ctx();
    const account = world.serverRecord('Account');
    const [first, second, third] = [
      world.serverRecord('Contact', 0),
      world.serverRecord('Contact', 1),
      world.serverRecord('Contact', 2),
    ];
    const shared = await shareItem(
      ctx,
      request({ accountId: account.Id, contactIds: [first.Id, second.Id], body: 'x'.repeat(5000) }),
    );
    expect(shared).toMatchObject({ pending: true, account: { Id: account.Id } });
    expect(shared.contacts.map((c) => c.Id).sort()).toEqual([first.Id, second.Id].sort());
    expect(shared.activity).toMatchObject({
      Type: 'Email - Inbound',
      Description: 'Quote for 40 pallets',
      Planned: '2024-06-03T08:15:00Z',
      PrimaryContactId: first.Id,
    });
    expect(String(shared.activity.Comment).length).toBe(SHARE_COMMENT_MAX_CHARS);
    expect(String(shared.activity.Comment)).toMatch(/^From: buyer@customer\.test\nTo: jsmith@example\.test\nCc: \n\n/);

    const activities = world.simulator.data.count('Action');
    const report = await world.sync();
    expect(report.uploads).toMatchObject({ inserted: 3, issues: 0 });
    expect(world.simulator.data.count('Action')).toBe(activities + 1);
    const afterFirst = await shareState(ctx, request({}).itemKey);
    const activityId = idOf(afterFirst?.activity);
    expect(isLocalId(activityId)).toBe(false);
    expect(afterFirst?.pending).toBe(false);
    const links = () =>
      [...world.simulator.data.list('ActionContact')]
        .filter((l) => l['Activity Id'] === activityId)
        .map((l) => l['Contact Id'])
        .sort();
    expect(links()).toEqual([first.Id, second.Id].sort());

    // Shared again: the same activity, one contact removed and another added.
    const again = await shareItem(
      ctx,
      request({ subject: 'Quote for 40 pallets (revised)', accountId: account.Id, contactIds: [first.Id, third.Id] }),
    );
    expect(idOf(again.activity)).toBe(activityId);
    expect(again.pending).toBe(true);
    await world.sync();
    expect(world.simulator.data.count('Action')).toBe(activities + 1);
    expect(world.simulator.data.get('Action', activityId)?.Description).toBe('Quote for 40 pallets (revised)');
    expect(links()).toEqual([first.Id, third.Id].sort());
    expect((await shareState(ctx, request({}).itemKey))?.pending).toBe(false);
    expect(await (await world.db()).countPendingChanges()).toBe(0);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('shows nothing for an item never shared', async () => {
    const world = await createUploadWorld();
    expect(await shareState(await world.ctx(), '<never@shared>')).toBeNull();
  });
});
