import { describe, expect, it } from 'vitest';
import { isLocalId } from '../../src/store';
import { createRecord, resolveIssue, shareItem } from '../../src/sync';
import { useSyncWorld } from './support/syncHarness';
import { createUploadWorld, idOf } from './support/uploadWorld';

useSyncWorld();

describe('discarding a new record the server refused', () => {
  it('lets the new contact that pointed at a discarded new account be sent without it instead of waiting forever', async () => {
    const world = await createUploadWorld();
    const ctx = await world.ctx();
    const account = await createRecord(ctx, 'Account', { Name: 'Refused Ltd', Location: 'Tromsø' });
    const contact = await createRecord(ctx, 'Contact', {
      FirstName: 'Ines',
      LastName: 'Vogt',
      AccountId: idOf(account),
    });
    world.simulator.data.rejectNext({
      typeId: 'Account',
      operation: 'Insert',
      field: 'Name',
      value: 'Refused Ltd',
      code: 'SBL-DAT-00498',
      message: "'Location' is a required field.",
      times: 5,
    });

    const first = await world.sync();
    expect(first.uploads).toMatchObject({ inserted: 0, issues: 2 });
    const db = await world.db();
    const accountIssue = (await db.listIssues()).find((i) => i.typeId === 'Account');
    expect(accountIssue).toMatchObject({ kind: 'failure', recordId: idOf(account) });
    expect((await db.listIssues()).find((i) => i.typeId === 'Contact')?.message).toMatch(/^Waiting for the Account/);

    await resolveIssue(ctx, accountIssue!, { action: 'discard' });
    const second = await world.sync();
    expect(second.uploads).toMatchObject({ inserted: 1, issues: 0 });
    const [sent] = await db.whereEquals('Contact', 'LastName', 'Vogt');
    expect(isLocalId(idOf(sent))).toBe(false);
    expect(idOf(sent)).not.toBe(idOf(contact));
    expect(world.simulator.data.get('Contact', idOf(sent))?.['Account Id'] ?? '').toBe('');
    expect([await db.countPendingChanges(), await db.countIssues()]).toEqual([0, 0]);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('drops the contact links of a discarded shared activity, so nothing waits for it', async () => {
    const world = await createUploadWorld();
    const ctx = await world.ctx();
    const contacts = [world.serverRecord('Contact', 0).Id, world.serverRecord('Contact', 1).Id];
    const shared = await shareItem(ctx, {
      itemKey: '<refused@test>',
      kind: 'meeting',
      subject: 'Refused meeting',
      start: '2024-06-03T08:00:00Z',
      end: '2024-06-03T09:00:00Z',
      from: 'a@test',
      to: [],
      cc: [],
      body: '',
      accountId: null,
      opportunityId: null,
      contactIds: contacts,
    });
    world.simulator.data.rejectNext({
      typeId: 'Action',
      operation: 'Insert',
      field: 'Description',
      value: 'Refused meeting',
      code: 'SBL-DAT-00225',
      message: 'not a valid value',
      times: 5,
    });

    const first = await world.sync();
    expect(first.uploads).toMatchObject({ inserted: 0, issues: 3 });
    const db = await world.db();
    const activityIssue = (await db.listIssues()).find((i) => i.typeId === 'Action');
    await resolveIssue(ctx, activityIssue!, { action: 'discard' });
    expect(await db.whereEquals('ActionContact', 'ActivityId', idOf(shared.activity))).toEqual([]);
    expect([await db.countPendingChanges(), await db.countIssues()]).toEqual([0, 0]);
    expect(await db.sharedItem('<refused@test>')).toBeUndefined();
    const next = await world.sync();
    expect(next.uploads).toMatchObject({ inserted: 0, issues: 0 });
    expect(world.simulator.openSessionCount()).toBe(0);
  });
});
