import { describe, expect, it } from 'vitest';
import { isLocalId } from '../../src/store';
import { createRecord, resolveIssue } from '../../src/sync';
import { useSyncWorld } from './support/syncHarness';
import { createUploadWorld, idOf } from './support/uploadWorld';

useSyncWorld();

describe('duplicates by natural key', () => {
  it('links a new record silently to a local record with the same values', async () => {
    const world = await createUploadWorld();
    const ctx = await world.ctx();
    const existing = world.serverRecord('Account', 0);
    const created = await createRecord(ctx, 'Account', { Name: existing.Name, Location: existing.Location });
    const contact = await createRecord(ctx, 'Contact', {
      FirstName: 'Ines',
      LastName: 'Vogt',
      AccountId: idOf(created),
    });
    const inserts = world.simulator.counters().writes.Account?.inserts ?? 0;

    const report = await world.sync();
    expect(report.uploads).toMatchObject({ inserted: 1, issues: 0 });
    expect(world.simulator.counters().writes.Account?.inserts ?? 0).toBe(inserts);
    const db = await world.db();
    expect(await db.get('Account', idOf(created))).toBeUndefined();
    const [sentContact] = await db.whereEquals('Contact', 'LastName', 'Vogt');
    expect(sentContact.AccountId).toBe(existing.Id);
    expect(world.simulator.data.get('Contact', idOf(sentContact))?.['Account Id']).toBe(existing.Id);
    expect(await db.countPendingChanges()).toBe(0);
    expect(idOf(contact)).not.toBe(idOf(sentContact));
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('asks about a local match with other values and leaves the insert waiting', async () => {
    const world = await createUploadWorld();
    const ctx = await world.ctx();
    const existing = world.serverRecord('Contact', 0);
    const local = await createRecord(ctx, 'Contact', {
      FirstName: existing['First Name'],
      LastName: existing['Last Name'],
      JobTitle: 'Somebody else?',
    });
    const report = await world.sync();
    expect(report.uploads).toMatchObject({ inserted: 0, issues: 1 });
    const db = await world.db();
    const [issue] = await db.listIssues();
    expect(issue).toMatchObject({ kind: 'duplicate', recordId: idOf(local) });
    expect(issue.matches?.map((m) => [m.source, m.record.Id])).toEqual([['local', existing.Id]]);
    expect(await db.pendingChange('Contact', idOf(local))).toMatchObject({ state: 'blocked', operation: 'insert' });
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('asks about a match on the server with other values; "use this record" links to it', async () => {
    const world = await createUploadWorld();
    const ctx = await world.ctx();
    // Created on the server after the last download: only the server-side check can see it.
    const server = world.simulator.data.create(
      'Contact',
      { 'First Name': 'Mara', 'Last Name': 'Holm', 'Email Address': 'mara@holm.test', 'Job Title': 'CTO' },
      { owner: 'JSMITH' },
    );
    const local = await createRecord(ctx, 'Contact', { FirstName: 'Mara', LastName: 'Holm', JobTitle: 'Engineer' });

    const first = await world.sync();
    expect(first.uploads).toMatchObject({ inserted: 0, issues: 1 });
    const db = await world.db();
    const [issue] = await db.listIssues();
    expect(issue).toMatchObject({ kind: 'duplicate', recordId: idOf(local) });
    expect(issue.matches?.map((m) => [m.source, m.record.Id])).toEqual([['server', server.Id]]);
    expect(await db.pendingChange('Contact', idOf(local))).toMatchObject({ state: 'blocked' });

    await resolveIssue(ctx, issue, { action: 'link', targetId: server.Id });
    expect(await db.get('Contact', idOf(local))).toBeUndefined();
    expect(await db.get('Contact', server.Id)).toMatchObject({ JobTitle: 'CTO' });
    expect(await db.countPendingChanges()).toBe(0);
    expect(await db.countIssues()).toBe(0);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('lets "create anyway" insert a namesake the server-side check found', async () => {
    const world = await createUploadWorld();
    const ctx = await world.ctx();
    const before = world.simulator.data.count('Contact');
    const server = world.simulator.data.create(
      'Contact',
      { 'First Name': 'Olaf', 'Last Name': 'Berg', 'Email Address': 'olaf@berg.test' },
      { owner: 'JSMITH' },
    );
    const local = await createRecord(ctx, 'Contact', {
      FirstName: 'Olaf',
      LastName: 'Berg',
      EmailAddress: 'o.berg@other.test',
    });

    await world.sync();
    const db = await world.db();
    const [issue] = await db.listIssues();
    expect(issue?.kind).toBe('duplicate');
    expect(issue.matches?.some((m) => m.source === 'server' && m.record.Id === server.Id)).toBe(true);

    await resolveIssue(ctx, issue, { action: 'createAnyway' });
    const second = await world.sync();
    expect(second.uploads).toMatchObject({ inserted: 1, issues: 0 });
    expect(world.simulator.data.count('Contact')).toBe(before + 2);
    expect(await db.get('Contact', idOf(local))).toBeUndefined();
    const sent = (await db.whereEquals('Contact', 'LastName', 'Berg')).find(
      (c) => c.EmailAddress === 'o.berg@other.test',
    );
    expect(isLocalId(idOf(sent))).toBe(false);
    expect(await db.countPendingChanges()).toBe(0);
    expect(world.simulator.openSessionCount()).toBe(0);
  });
});
