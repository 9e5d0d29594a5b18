import { describe, expect, it } from 'vitest';
import { isLocalId } from '../../src/store';
import { createRecord, deleteRecord, updateRecord } from '../../src/sync';
import { http, HttpResponse } from 'msw';
import { useHandlers, useSyncWorld } from './support/syncHarness';
import { createUploadWorld, idOf } from './support/uploadWorld';

useSyncWorld();

describe('sending local changes', () => {
  it('sends offline inserts, updates and deletes on the next synchronization', async () => {
    const world = await createUploadWorld();
    const ctx = await world.ctx();
    const contact = world.serverRecord('Contact');
    const opportunity = world.serverRecord('Opportunity');
    const account = await createRecord(ctx, 'Account', { Name: 'Fjord Foods', Location: 'Bergen', Type: 'Customer' });
    await updateRecord(ctx, 'Contact', contact.Id, { JobTitle: 'Head of Purchasing' });
    await deleteRecord(ctx, 'Opportunity', opportunity.Id);
    expect(await ctx.db.countPendingChanges()).toBe(3);

    const report = await world.sync();
    expect(report.outcome).toBe('succeeded');
    expect(report.uploads).toEqual({ inserted: 1, updated: 1, deleted: 1, issues: 0 });
    expect(world.simulator.data.get('Contact', contact.Id)?.['Job Title']).toBe('Head of Purchasing');
    expect(world.simulator.data.get('Opportunity', opportunity.Id)).toBeUndefined();
    const db = await world.db();
    const [sent] = await db.whereEquals('Account', 'Name', 'Fjord Foods');
    expect(isLocalId(idOf(sent))).toBe(false);
    expect(await db.get('Account', idOf(account))).toBeUndefined();
    expect(world.simulator.data.get('Account', idOf(sent))).toMatchObject({
      Name: 'Fjord Foods',
      Location: 'Bergen',
      'Account Status': 'Active',
    });
    expect(sent).toMatchObject({ AccountStatus: 'Active' });
    expect(await db.countPendingChanges()).toBe(0);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('gives a new record its server Id locally and in every reference to it, in one run', async () => {
    const world = await createUploadWorld();
    const ctx = await world.ctx();
    const account = await createRecord(ctx, 'Account', { Name: 'Nordlicht GmbH', Location: 'Kiel' });
    const contact = await createRecord(ctx, 'Contact', {
      FirstName: 'Greta',
      LastName: 'Lind',
      AccountId: idOf(account),
    });
    const report = await world.sync();
    expect(report.uploads).toMatchObject({ inserted: 2, issues: 0 });
    const db = await world.db();
    const [sentAccount] = await db.whereEquals('Account', 'Name', 'Nordlicht GmbH');
    const [sentContact] = await db.whereEquals('Contact', 'LastName', 'Lind');
    expect(isLocalId(idOf(sentAccount))).toBe(false);
    expect(sentContact.AccountId).toBe(idOf(sentAccount));
    expect(await db.get('Contact', idOf(contact))).toBeUndefined();
    expect(world.simulator.data.get('Contact', idOf(sentContact))?.['Account Id']).toBe(idOf(sentAccount));
    expect(await db.countPendingChanges()).toBe(0);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('keeps a change the server refuses as a failure issue and sends the rest of the batch', async () => {
    const world = await createUploadWorld();
    const ctx = await world.ctx();
    await createRecord(ctx, 'Contact', { FirstName: 'Ok', LastName: 'One' });
    const refused = await createRecord(ctx, 'Contact', { FirstName: 'Bad', LastName: 'Two' });
    await createRecord(ctx, 'Contact', { FirstName: 'Ok', LastName: 'Three' });
    world.simulator.data.rejectNext({
      typeId: 'Contact',
      operation: 'Insert',
      field: 'Last Name',
      value: 'Two',
      code: 'SBL-DAT-00498',
      message: "'Last Name' is a required field.",
    });

    const report = await world.sync();
    expect(report.outcome).toBe('succeeded');
    expect(report.uploads).toEqual({ inserted: 2, updated: 0, deleted: 0, issues: 1 });
    const db = await world.db();
    const [issue] = await db.listIssues();
    expect(issue).toMatchObject({
      kind: 'failure',
      code: 'SBL-DAT-00498',
      recordId: idOf(refused),
      operation: 'insert',
    });
    expect(await db.pendingChange('Contact', idOf(refused))).toMatchObject({ state: 'ready', attempts: 1 });
    expect(report.issues.some((i) => i.recordId === idOf(refused))).toBe(true);

    // Retried on the next synchronization without anything from the user.
    const next = await world.sync();
    expect(next.uploads).toMatchObject({ inserted: 1, issues: 0 });
    expect(await db.countPendingChanges()).toBe(0);
    expect(await db.countIssues()).toBe(0);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('stops the run on a transport failure while sending and loses no pending change', async () => {
    const world = await createUploadWorld();
    const ctx = await world.ctx();
    await createRecord(ctx, 'Account', { Name: 'Lost Ltd', Location: 'Cork' });
    await updateRecord(ctx, 'Contact', world.serverRecord('Contact').Id, { JobTitle: 'Kept' });
    let dropped = 0;
    useHandlers(
      http.post(/siebel/, async ({ request }) => {
        const body = await request.clone().text();
        if (!body.includes('ExecuteBatch')) return undefined;
        dropped++;
        return HttpResponse.error();
      }),
    );
    const report = await world.sync();
    expect(dropped).toBeGreaterThan(0);
    expect(report.outcome).toBe('failed');
    expect(await (await world.db()).countPendingChanges()).toBe(2);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('keeps an edit the user saves while the batch is on its way, and sends it with the next run', async () => {
    const world = await createUploadWorld();
    const ctx = await world.ctx();
    const contact = world.serverRecord('Contact');
    await updateRecord(ctx, 'Contact', contact.Id, { JobTitle: 'First edit' });
    let savedMeanwhile = false;
    useHandlers(
      http.post(/siebel/, async ({ request }) => {
        if (savedMeanwhile || !(await request.clone().text()).includes('ExecuteBatch')) return undefined;
        // The task pane saves in its own thread while the worker's batch is in flight.
        savedMeanwhile = true;
        await updateRecord(ctx, 'Contact', contact.Id, { JobTitle: 'Second edit' });
        return undefined;
      }),
    );
    const first = await world.sync();
    expect(first.uploads).toMatchObject({ updated: 1 });
    expect(world.simulator.data.get('Contact', contact.Id)?.['Job Title']).toBe('First edit');
    const db = await world.db();
    expect(await db.get('Contact', contact.Id)).toMatchObject({ JobTitle: 'Second edit' });
    expect(await db.pendingChange('Contact', contact.Id)).toMatchObject({
      operation: 'update',
      changedFields: ['JobTitle'],
    });

    const second = await world.sync();
    expect(second.uploads).toMatchObject({ updated: 1, issues: 0 });
    expect(world.simulator.data.get('Contact', contact.Id)?.['Job Title']).toBe('Second edit');
    expect(await db.countPendingChanges()).toBe(0);
    expect(world.simulator.openSessionCount()).toBe(0);
  });
});

describe('a value the server refuses from its bounded pick-list (SBL-EAI-04401)', () => {
  it('becomes an issue naming the field and the value, not a conflict, and the record keeps the user\u2019s value', async () => {
    const world = await createUploadWorld();
    const ctx = await world.ctx();
    const opportunity = world.serverRecord('Opportunity');
    await updateRecord(ctx, 'Opportunity', opportunity.Id, { SalesStage: '99 - Dreaming' });

    const report = await world.sync();
    expect(report.outcome).toBe('succeeded');
    expect(report.uploads).toMatchObject({ updated: 0, issues: 1 });
    const db = await world.db();
    const [issue] = await db.listIssues();
    expect(issue).toMatchObject({
      kind: 'failure',
      code: 'SBL-EAI-04401',
      recordId: opportunity.Id,
      operation: 'update',
    });
    expect(issue.message).toContain('"99 - Dreaming"');
    expect(issue.message).toContain('Sales Stage');
    expect(await db.get('Opportunity', opportunity.Id)).toMatchObject({ SalesStage: '99 - Dreaming' });
    expect(world.simulator.data.get('Opportunity', opportunity.Id)?.['Sales Stage']).toBe(opportunity['Sales Stage']);
    expect(world.simulator.openSessionCount()).toBe(0);
  });
});
