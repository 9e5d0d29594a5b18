import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePackage } from '../../../../src/metadata';
import { openStore, type DataDatabase, type LocalIssue, type Store } from '../../../../src/store';
import {
  createRecord,
  InvalidResolutionError,
  RecordValidationError,
  resolveIssue,
  updateRecord,
} from '../../../../src/sync';
import type { LocalContext } from '../../../../src/sync/local/types';
import { packageFiles } from '../support/packageFiles';

const stores: Store[] = [];
let counter = 0;

async function context(): Promise<LocalContext & { db: DataDatabase }> {
  const store = await openStore({ namePrefix: `local-${counter++}-` });
  stores.push(store);
  const pkg = await parsePackage(packageFiles('sales-rep'));
  const db = await store.createStagingDatabase(
    { pkg, packageId: 'P', responsibilityId: 'R', hashValue: 'H', installedAt: 1 },
    { userName: 'JSMITH', serverUrl: 'https://siebel.test' },
  );
  await db.writeBatch({
    puts: [
      {
        typeId: 'Contact',
        records: [
          {
            Id: '1-C',
            Updated: '2024-01-01T00:00:00',
            FirstName: 'Ada',
            LastName: 'King',
            JobTitle: 'Buyer',
            EmailAddress: null,
            WorkPhone: null,
            AccountId: null,
          },
        ],
      },
    ],
  });
  return { db, pkg, now: () => 1000 };
}

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

describe('local changes API', () => {
  it('refuses values the package rules reject and saves nothing', async () => {
    const ctx = await context();
    const error = await createRecord(ctx, 'Contact', { FirstName: 'No last name' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordValidationError);
    expect(Object.keys((error as RecordValidationError).problems)).toContain('LastName');
    expect((error as RecordValidationError).code).toBe('RecordValidation');
    expect(await ctx.db.countPendingChanges()).toBe(0);
  });

  it('saves a valid edit with its pending change', async () => {
    const ctx = await context();
    const saved = await updateRecord(ctx, 'Contact', '1-C', { JobTitle: 'CEO' });
    expect(saved).toMatchObject({ JobTitle: 'CEO' });
    expect(await ctx.db.pendingChange('Contact', '1-C')).toMatchObject({
      operation: 'update',
      changedFields: ['JobTitle'],
    });
  });

  it('discards a failed local edit by restoring the record as last received', async () => {
    const ctx = await context();
    await updateRecord(ctx, 'Contact', '1-C', { JobTitle: 'CEO' });
    const issue = await raise(ctx.db, { kind: 'failure', operation: 'update', message: 'refused' });
    await resolveIssue(ctx, issue, { action: 'discard' });
    expect(await ctx.db.get('Contact', '1-C')).toMatchObject({ JobTitle: 'Buyer' });
    expect([await ctx.db.countPendingChanges(), await ctx.db.countIssues()]).toEqual([0, 0]);
  });

  it('discards a failed edit by restoring the newest server version a download skipped meanwhile', async () => {
    const ctx = await context();
    await updateRecord(ctx, 'Contact', '1-C', { JobTitle: 'CEO' });
    const theirs = {
      Id: '1-C',
      Updated: '2024-02-01T00:00:00',
      FirstName: 'Ada',
      LastName: 'King',
      JobTitle: 'Head of Buying',
      EmailAddress: null,
      WorkPhone: null,
      AccountId: null,
    };
    await ctx.db.writeBatch({ puts: [{ typeId: 'Contact', records: [theirs] }] });
    const issue = await raise(ctx.db, { kind: 'failure', operation: 'update', message: 'refused' });
    await resolveIssue(ctx, issue, { action: 'discard' });
    expect(await ctx.db.get('Contact', '1-C')).toMatchObject({
      JobTitle: 'Head of Buying',
      Updated: '2024-02-01T00:00:00',
    });
  });

  it('retries a failure by making its change ready again', async () => {
    const ctx = await context();
    await updateRecord(ctx, 'Contact', '1-C', { JobTitle: 'CEO' });
    const change = await ctx.db.pendingChange('Contact', '1-C');
    await ctx.db.applyLocal({ pending: { put: [{ ...change!, state: 'blocked' }] } });
    const issue = await raise(ctx.db, { kind: 'failure', operation: 'update', message: 'refused' });
    await resolveIssue(ctx, issue, { action: 'retry' });
    expect(await ctx.db.pendingChange('Contact', '1-C')).toMatchObject({ state: 'ready' });
    expect(await ctx.db.countIssues()).toBe(0);
  });

  it('refuses a resolution that does not fit the issue', async () => {
    const ctx = await context();
    await updateRecord(ctx, 'Contact', '1-C', { JobTitle: 'CEO' });
    const issue = await raise(ctx.db, { kind: 'failure', operation: 'update', message: 'refused' });
    await expect(resolveIssue(ctx, issue, { action: 'createAnyway' })).rejects.toBeInstanceOf(InvalidResolutionError);
    await expect(
      resolveIssue(
        ctx,
        {
          ...issue,
          kind: 'conflict',
          server: { Id: '1-C', JobTitle: 'X' },
          fields: [{ field: 'JobTitle', base: 'Buyer', local: 'CEO', server: 'X' }],
        },
        { action: 'merge', choices: {} },
      ),
    ).rejects.toThrow(/choose a value for JobTitle/);
    expect(await ctx.db.countIssues()).toBe(1);
  });
});

async function raise(
  db: DataDatabase,
  fields: Pick<LocalIssue, 'kind' | 'operation' | 'message'>,
): Promise<LocalIssue> {
  const issue: LocalIssue = {
    id: 'Contact:1-C',
    typeId: 'Contact',
    recordId: '1-C',
    ...fields,
    createdAt: 1,
    updatedAt: 1,
  };
  await db.applyLocal({ issues: { put: [issue] } });
  return issue;
}
