import { describe, expect, it } from 'vitest';
import { createRecord, updateRecord } from '../../src/sync';
import { useSyncWorld } from './support/syncHarness';
import { createUploadWorld } from './support/uploadWorld';

useSyncWorld();

describe('full resynchronization with pending changes', () => {
  it('sends the changes first and then runs the full resynchronization', async () => {
    const world = await createUploadWorld();
    const before = (await world.db()).name;
    await createRecord(await world.ctx(), 'Account', { Name: 'Sent First AG', Location: 'Bern' });
    const report = await world.sync({ full: true });
    expect(report).toMatchObject({
      outcome: 'succeeded',
      kind: 'initial',
      reason: 'fullRequested',
      uploads: { inserted: 1 },
    });
    const db = await world.db();
    expect(db.name).not.toBe(before);
    expect(await db.whereEquals('Account', 'Name', 'Sent First AG')).toHaveLength(1);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('stops with PendingChanges when changes are still unsent after the upload, and keeps them', async () => {
    const world = await createUploadWorld();
    const ctx = await world.ctx();
    const contact = world.serverRecord('Contact');
    await updateRecord(ctx, 'Contact', contact.Id, { JobTitle: 'Mine' });
    world.simulator.data.update('Contact', contact.Id, { 'Job Title': 'Theirs' });
    const before = (await world.db()).name;

    const report = await world.sync({ full: true });
    expect(report.outcome).toBe('failed');
    expect(report.error).toMatchObject({ code: 'PendingChanges', pendingCount: 1 });
    const db = await world.db();
    expect(db.name).toBe(before);
    expect(await db.pendingChange('Contact', contact.Id)).toMatchObject({ state: 'blocked' });
    expect(world.simulator.openSessionCount()).toBe(0);

    const agreed = await world.sync({ full: true, discardPendingChanges: true });
    expect(agreed.outcome).toBe('succeeded');
    const fresh = await world.db();
    expect(fresh.name).not.toBe(before);
    expect(await fresh.countPendingChanges()).toBe(0);
    expect(await fresh.get('Contact', contact.Id)).toMatchObject({ JobTitle: 'Theirs' });
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('refuses another login while changes of the previous one are unsent, without opening a session', async () => {
    const world = await createUploadWorld();
    await createRecord(await world.ctx(), 'Account', { Name: 'Old Login GmbH', Location: 'Ulm' });
    const logins = world.simulator.counters().logins;
    const report = await world.sync({ userName: 'MJONES' });
    expect(report.outcome).toBe('failed');
    expect(report.error).toMatchObject({ code: 'PendingChanges', pendingCount: 1 });
    expect(report.error?.message).toContain('old login');
    expect(world.simulator.counters().logins).toBe(logins);
    expect(await (await world.db()).countPendingChanges()).toBe(1);

    const agreed = await world.sync({ userName: 'MJONES', discardPendingChanges: true });
    expect(agreed).toMatchObject({ outcome: 'succeeded', reason: 'identityChanged' });
    expect((await world.db()).identity.userName).toBe('MJONES');
    expect(world.simulator.openSessionCount()).toBe(0);
  });
});
