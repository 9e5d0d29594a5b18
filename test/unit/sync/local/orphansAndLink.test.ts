import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePackage } from '../../../../src/metadata';
import { openStore, type DataDatabase, type LocalIssue, type Store } from '../../../../src/store';
import { deleteRecord, resolveIssue, shareItem, type ShareRequest } from '../../../../src/sync';
import type { LocalContext } from '../../../../src/sync/local/types';
import { packageFiles } from '../support/packageFiles';

const stores: Store[] = [];
let counter = 0;
const contact = (id: string, over: Record<string, string | null> = {}) => ({
  Id: id,
  Updated: '2024-01-01T00:00:00',
  FirstName: 'Ada',
  LastName: `King ${id}`,
  JobTitle: 'Buyer',
  EmailAddress: null,
  WorkPhone: null,
  AccountId: null,
  ...over,
});

async function context(): Promise<LocalContext & { db: DataDatabase }> {
  const store = await openStore({ namePrefix: `orphans-${counter++}-` });
  stores.push(store);
  const pkg = await parsePackage(packageFiles('sales-rep'));
  const db = await store.createStagingDatabase(
    { pkg, packageId: 'P', responsibilityId: 'R', hashValue: 'H', installedAt: 1 },
    { userName: 'JSMITH', serverUrl: 'https://siebel.test' },
  );
  await db.writeBatch({
    puts: [
      { typeId: 'Account', records: [{ Id: '1-A', Updated: '2024-01-01T00:00:00', Name: 'Acme', Location: 'Oslo' }] },
      { typeId: 'Contact', records: [contact('1-C'), contact('2-C', { AccountId: '1-A' })] },
    ],
  });
  return { db, pkg, now: () => 1000 };
}

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

const share = (contactIds: string[]): ShareRequest => ({
  itemKey: '<m-1@test>',
  kind: 'meeting',
  subject: 'Kick-off',
  start: '2024-06-03T08:00:00Z',
  end: '2024-06-03T09:00:00Z',
  from: 'a@test',
  to: [],
  cc: [],
  body: '',
  accountId: null,
  opportunityId: null,
  contactIds,
});

async function newAccount(db: DataDatabase): Promise<string> {
  return String(
    (
      await db.saveLocalChange({
        operation: 'insert',
        typeId: 'Account',
        values: { Name: 'New Co', Location: 'Bergen' },
      })
    )?.Id,
  );
}

async function raise(
  db: DataDatabase,
  typeId: string,
  recordId: string,
  over: Partial<LocalIssue> = {},
): Promise<LocalIssue> {
  const issue: LocalIssue = {
    id: `${typeId}:${recordId}`,
    typeId,
    recordId,
    kind: 'failure',
    operation: 'insert',
    message: 'refused',
    createdAt: 1,
    updatedAt: 1,
    ...over,
  };
  await db.applyLocal({ issues: { put: [issue] } });
  return issue;
}

describe('deleting a record never sent', () => {
  it('deletes the contact links of a new activity with it, leaving nothing to send', async () => {
    const ctx = await context();
    const shared = await shareItem(ctx, share(['1-C', '2-C']));
    const activityId = String(shared.activity.Id);
    expect(await ctx.db.whereEquals('ActionContact', 'ActivityId', activityId)).toHaveLength(2);
    await deleteRecord(ctx, 'Action', activityId);
    expect(await ctx.db.whereEquals('ActionContact', 'ActivityId', activityId)).toEqual([]);
    expect(await ctx.db.countPendingChanges()).toBe(0);
    expect(await ctx.db.sharedItem('<m-1@test>')).toBeUndefined();
  });

  it('clears references to a new account: a new contact stays new without it, an edit pointing a server contact at it is undone', async () => {
    const ctx = await context();
    const accountId = await newAccount(ctx.db);
    const created = await ctx.db.saveLocalChange({
      operation: 'insert',
      typeId: 'Contact',
      values: { FirstName: 'Ines', LastName: 'Vogt', AccountId: accountId },
    });
    await ctx.db.saveLocalChange({
      operation: 'update',
      typeId: 'Contact',
      id: '1-C',
      values: { AccountId: accountId },
    });
    await deleteRecord(ctx, 'Account', accountId);
    expect(await ctx.db.get('Contact', String(created?.Id))).toMatchObject({ LastName: 'Vogt', AccountId: null });
    expect(await ctx.db.pendingChange('Contact', String(created?.Id))).toMatchObject({
      operation: 'insert',
      changedFields: ['FirstName', 'LastName'],
    });
    expect(await ctx.db.get('Contact', '1-C')).toMatchObject({ AccountId: null });
    expect(await ctx.db.pendingChange('Contact', '1-C')).toBeUndefined();
    expect(await ctx.db.countPendingChanges()).toBe(1);
  });

  it('leaves references to a server record alone: Siebel deletes or keeps them', async () => {
    const ctx = await context();
    await deleteRecord(ctx, 'Account', '1-A');
    expect(await ctx.db.get('Contact', '2-C')).toMatchObject({ AccountId: '1-A' });
    expect(await ctx.db.pendingChange('Contact', '2-C')).toBeUndefined();
    expect(await ctx.db.pendingChange('Account', '1-A')).toMatchObject({ operation: 'delete' });
  });
});

describe('discarding a never-sent record in the issues view', () => {
  it('removes the record and clears the records pointing at it in the same step', async () => {
    const ctx = await context();
    const accountId = await newAccount(ctx.db);
    const created = await ctx.db.saveLocalChange({
      operation: 'insert',
      typeId: 'Contact',
      values: { FirstName: 'Ines', LastName: 'Vogt', AccountId: accountId },
    });
    const issue = await raise(ctx.db, 'Account', accountId);
    await resolveIssue(ctx, issue, { action: 'discard' });
    expect(await ctx.db.get('Account', accountId)).toBeUndefined();
    expect(await ctx.db.pendingChange('Account', accountId)).toBeUndefined();
    expect(await ctx.db.get('Contact', String(created?.Id))).toMatchObject({ AccountId: null });
    expect(await ctx.db.pendingChange('Contact', String(created?.Id))).toMatchObject({ operation: 'insert' });
    expect(await ctx.db.countIssues()).toBe(0);
  });

  it('removes the contact links of a discarded new activity', async () => {
    const ctx = await context();
    const activityId = String((await shareItem(ctx, share(['1-C']))).activity.Id);
    const issue = await raise(ctx.db, 'Action', activityId);
    await resolveIssue(ctx, issue, { action: 'discard' });
    expect(await ctx.db.get('Action', activityId)).toBeUndefined();
    expect(await ctx.db.whereEquals('ActionContact', 'ActivityId', activityId)).toEqual([]);
    expect([await ctx.db.countPendingChanges(), await ctx.db.countIssues()]).toEqual([0, 0]);
  });
});

describe('"use this record" on a duplicate', () => {
  it("never drops the target's own pending edit, its local values or its issue", async () => {
    const ctx = await context();
    await ctx.db.saveLocalChange({
      operation: 'update',
      typeId: 'Contact',
      id: '2-C',
      values: { JobTitle: 'Head of Buying' },
    });
    const targetIssue = await raise(ctx.db, 'Contact', '2-C', {
      operation: 'update',
      message: 'Siebel refused the update',
    });
    const created = await ctx.db.saveLocalChange({
      operation: 'insert',
      typeId: 'Contact',
      values: { FirstName: 'Ada', LastName: 'King 2-C' },
    });
    const newId = String(created?.Id);
    const activity = await ctx.db.saveLocalChange({
      operation: 'insert',
      typeId: 'Action',
      values: { Description: 'Call', PrimaryContactId: newId },
    });
    const issue = await raise(ctx.db, 'Contact', newId, {
      kind: 'duplicate',
      matches: [{ source: 'server', record: contact('2-C', { AccountId: '1-A' }) }],
    });

    await resolveIssue(ctx, issue, { action: 'link', targetId: '2-C' });
    expect(await ctx.db.get('Contact', newId)).toBeUndefined();
    expect(await ctx.db.pendingChange('Contact', newId)).toBeUndefined();
    expect(await ctx.db.get('Contact', '2-C')).toMatchObject({ JobTitle: 'Head of Buying' });
    expect(await ctx.db.pendingChange('Contact', '2-C')).toMatchObject({
      operation: 'update',
      changedFields: ['JobTitle'],
    });
    expect(await ctx.db.get('Action', String(activity?.Id))).toMatchObject({ PrimaryContactId: '2-C' });
    expect(await ctx.db.listIssues()).toEqual([targetIssue]);
  });

  it("drops the new record's insert and issue when the target has no pending change", async () => {
    const ctx = await context();
    const created = await ctx.db.saveLocalChange({
      operation: 'insert',
      typeId: 'Contact',
      values: { FirstName: 'Ada', LastName: 'King 1-C' },
    });
    const issue = await raise(ctx.db, 'Contact', String(created?.Id), {
      kind: 'duplicate',
      matches: [{ source: 'server', record: contact('1-C', { JobTitle: 'CTO' }) }],
    });
    await resolveIssue(ctx, issue, { action: 'link', targetId: '1-C' });
    expect(await ctx.db.get('Contact', '1-C')).toMatchObject({ JobTitle: 'CTO' });
    expect([await ctx.db.countPendingChanges(), await ctx.db.countIssues()]).toEqual([0, 0]);
  });

  it('refuses a target deleted on this computer', async () => {
    const ctx = await context();
    await deleteRecord(ctx, 'Contact', '1-C');
    const created = await ctx.db.saveLocalChange({
      operation: 'insert',
      typeId: 'Contact',
      values: { FirstName: 'Ada', LastName: 'King 1-C' },
    });
    const issue = await raise(ctx.db, 'Contact', String(created?.Id), {
      kind: 'duplicate',
      matches: [{ source: 'server', record: contact('1-C') }],
    });
    await expect(resolveIssue(ctx, issue, { action: 'link', targetId: '1-C' })).rejects.toThrow(
      /1-C to use instead is deleted on this computer/,
    );
    expect(await ctx.db.pendingChange('Contact', '1-C')).toMatchObject({ operation: 'delete' });
    expect(await ctx.db.get('Contact', String(created?.Id))).toBeDefined();
  });
});
