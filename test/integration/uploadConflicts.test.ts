import { describe, expect, it } from 'vitest';
import { deleteRecord, resolveIssue, updateRecord } from '../../src/sync';
import { useSyncWorld } from './support/syncHarness';
import { createUploadWorld } from './support/uploadWorld';

useSyncWorld();

describe('conflicts between local and server changes', () => {
  it("resolves by the package's field rules: Work Phone # local wins, Sales Stage server wins", async () => {
    const world = await createUploadWorld();
    const ctx = await world.ctx();
    const contact = world.serverRecord('Contact');
    const opportunity = world.serverRecord('Opportunity');
    await updateRecord(ctx, 'Contact', contact.Id, { WorkPhone: '+49 40 111' });
    await updateRecord(ctx, 'Opportunity', opportunity.Id, { SalesStage: '03 - Qualified' });
    world.simulator.data.update('Contact', contact.Id, { 'Work Phone #': '+49 40 999' });
    world.simulator.data.update('Opportunity', opportunity.Id, { 'Sales Stage': '04 - Proposal' });

    const report = await world.sync();
    expect(report.outcome).toBe('succeeded');
    expect(report.uploads?.issues).toBe(0);
    expect(world.simulator.data.get('Contact', contact.Id)?.['Work Phone #']).toBe('+49 40 111');
    expect(world.simulator.data.get('Opportunity', opportunity.Id)?.['Sales Stage']).toBe('04 - Proposal');
    const db = await world.db();
    expect(await db.get('Opportunity', opportunity.Id)).toMatchObject({ SalesStage: '04 - Proposal' });
    expect(await db.get('Contact', contact.Id)).toMatchObject({ WorkPhone: '+49 40 111' });
    expect(await db.countPendingChanges()).toBe(0);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('merges changes of different fields on both sides without asking', async () => {
    const world = await createUploadWorld();
    const ctx = await world.ctx();
    const contact = world.serverRecord('Contact', 1);
    await updateRecord(ctx, 'Contact', contact.Id, { JobTitle: 'Chief Buyer' });
    world.simulator.data.update('Contact', contact.Id, { 'Email Address': 'new@example.test' });
    await world.sync();
    expect(world.simulator.data.get('Contact', contact.Id)).toMatchObject({
      'Job Title': 'Chief Buyer',
      'Email Address': 'new@example.test',
    });
    expect(await (await world.db()).get('Contact', contact.Id)).toMatchObject({
      JobTitle: 'Chief Buyer',
      EmailAddress: 'new@example.test',
    });
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('asks the user for a field changed on both sides, then sends the chosen values', async () => {
    const world = await createUploadWorld();
    const ctx = await world.ctx();
    const contact = world.serverRecord('Contact', 2);
    await updateRecord(ctx, 'Contact', contact.Id, { JobTitle: 'Mine', EmailAddress: 'mine@example.test' });
    world.simulator.data.update('Contact', contact.Id, {
      'Job Title': 'Theirs',
      'Email Address': 'theirs@example.test',
    });

    const first = await world.sync();
    expect(first.uploads).toMatchObject({ updated: 0, issues: 1 });
    const db = await world.db();
    const [issue] = await db.listIssues();
    expect(issue).toMatchObject({ kind: 'conflict', recordId: contact.Id, server: { JobTitle: 'Theirs' } });
    expect(issue.fields?.map((f) => [f.field, f.local, f.server])).toEqual([
      ['JobTitle', 'Mine', 'Theirs'],
      ['EmailAddress', 'mine@example.test', 'theirs@example.test'],
    ]);
    expect(await db.pendingChange('Contact', contact.Id)).toMatchObject({ state: 'blocked' });
    expect(world.simulator.data.get('Contact', contact.Id)?.['Job Title']).toBe('Theirs');
    // Nothing is overwritten while the user has not decided, not even by the download.
    expect(await db.get('Contact', contact.Id)).toMatchObject({ JobTitle: 'Mine' });

    await resolveIssue(ctx, issue, { action: 'merge', choices: { JobTitle: 'local', EmailAddress: 'server' } });
    expect(await db.countIssues()).toBe(0);
    const second = await world.sync();
    expect(second.uploads).toMatchObject({ updated: 1, issues: 0 });
    expect(world.simulator.data.get('Contact', contact.Id)).toMatchObject({
      'Job Title': 'Mine',
      'Email Address': 'theirs@example.test',
    });
    expect(await db.get('Contact', contact.Id)).toMatchObject({
      JobTitle: 'Mine',
      EmailAddress: 'theirs@example.test',
    });
    expect(await db.countPendingChanges()).toBe(0);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('turns an edit of a record deleted in Siebel into a conflict that can create it again', async () => {
    const world = await createUploadWorld();
    const ctx = await world.ctx();
    const contact = world.serverRecord('Contact', 3);
    await updateRecord(ctx, 'Contact', contact.Id, { JobTitle: 'Still here' });
    world.simulator.data.delete('Contact', contact.Id);

    const first = await world.sync();
    expect(first.outcome).toBe('succeeded');
    const db = await world.db();
    const [issue] = await db.listIssues();
    expect(issue).toMatchObject({ kind: 'conflict', server: null, operation: 'update' });
    expect(await db.get('Contact', contact.Id)).toMatchObject({ JobTitle: 'Still here' });

    await resolveIssue(ctx, issue, { action: 'recreate' });
    const second = await world.sync();
    expect(second.uploads).toMatchObject({ inserted: 1, issues: 0 });
    const [again] = await db.whereEquals('Contact', 'JobTitle', 'Still here');
    expect(again.Id).not.toBe(contact.Id);
    expect(world.simulator.data.get('Contact', String(again.Id))).toMatchObject({
      'Last Name': contact['Last Name'],
      'Job Title': 'Still here',
    });
    expect(await db.countPendingChanges()).toBe(0);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('asks before deleting an account changed in Siebel since; "delete anyway" then deletes it', async () => {
    const world = await createUploadWorld();
    const ctx = await world.ctx();
    const account = world.serverRecord('Account', 4);
    await deleteRecord(ctx, 'Account', account.Id);
    world.simulator.data.update('Account', account.Id, { 'Main Phone Number': '+1 555 0100' });

    await world.sync();
    const db = await world.db();
    const [issue] = await db.listIssues();
    expect(issue).toMatchObject({ kind: 'conflict', operation: 'delete', server: { MainPhoneNumber: '+1 555 0100' } });
    expect(world.simulator.data.get('Account', account.Id)).toBeDefined();

    await resolveIssue(ctx, issue, { action: 'retry' });
    const report = await world.sync();
    expect(report.uploads).toMatchObject({ deleted: 1, issues: 0 });
    expect(world.simulator.data.get('Account', account.Id)).toBeUndefined();
    expect(await db.countPendingChanges()).toBe(0);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('deletes an activity changed in Siebel without asking: its rule says local wins', async () => {
    const world = await createUploadWorld();
    const ctx = await world.ctx();
    const activity = world.serverRecord('Action');
    await deleteRecord(ctx, 'Action', activity.Id);
    world.simulator.data.update('Action', activity.Id, { Comment: 'changed in Siebel' });
    const report = await world.sync();
    expect(report.uploads).toMatchObject({ deleted: 1, issues: 0 });
    expect(world.simulator.data.get('Action', activity.Id)).toBeUndefined();
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('drops a local delete of a record already deleted in Siebel', async () => {
    const world = await createUploadWorld();
    const ctx = await world.ctx();
    const account = world.serverRecord('Account', 5);
    await deleteRecord(ctx, 'Account', account.Id);
    world.simulator.data.delete('Account', account.Id);
    const report = await world.sync();
    expect(report.outcome).toBe('succeeded');
    expect(report.uploads?.issues).toBe(0);
    expect(await (await world.db()).countPendingChanges()).toBe(0);
    expect(world.simulator.openSessionCount()).toBe(0);
  });
});
