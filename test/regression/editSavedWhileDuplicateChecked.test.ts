import { describe, expect, it } from 'vitest';
import { parsePackage } from '../../src/metadata';
import { createRecord, updateRecord } from '../../src/sync';
import { createWorld, useSyncWorld } from '../integration/support/syncHarness';

useSyncWorld();

const HOUR = 60 * 60 * 1000;

/**
 * Found by the model-based suite (test/model, soak seed 1001662). Shrunk: sync; sync with concurrent
 * local work [local create Account (M1) after the run]; local delete Account #0; local create
 * Account (M2); sync crashed after upload batch 1 (released: #1–#3 AccountQueryPage, crash, #4
 * ExecuteBatch: the server made both inserts, the client never read the answer); sync with
 * concurrent local work [local edit Account #27 (M2) Type to Customer after call 2] (released: #1
 * AccountQueryPage, local edit Account #27 Type to Customer, #2 AccountQueryPage, #3 AccountQueryPage,
 * #4 ExecuteBatch, …) → `local create of Account M2 {"Name":"M2","Location":"Model","Type":"Customer"}
 * is neither on the server nor pending nor an issue`.
 * The natural-key check of a new record reads the record, asks the server for matches (QueryPage,
 * Dedup view mode) and, when a match holds the same values, links the new record to it silently.
 * The user edited the new record while that query was on the way; the check compared the values it
 * had read before the edit, and the link (`linkTo` in checkDuplicates) was the one upload write that
 * named no revision: it dropped the pending insert and put the server's record over the user's, so
 * the edit was gone without a trace. Fix (`src/sync/upload/checkDuplicates.ts`, `linkTo`):
 * the link expects the insert's revision it was decided on (and no pending change on the match), as
 * every other upload write does; a newer save keeps the insert waiting for the next run, whose check
 * sees the new values (here: a duplicate issue, the values differ from the server's copy).
 */
describe('an edit saved while the new record’s duplicate check is on the way', () => {
  it('is kept: the record is not linked silently to the match it no longer equals', async () => {
    const world = await createWorld();
    world.clock.advance(HOUR);
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    const db = await world.store.activeDatabase();
    if (!db) throw new Error('no active database');
    const ctx = { db, pkg: await parsePackage((await db.installedPackage()).files), now: world.clock.now };

    // A new account, and the copy Siebel already holds of it (an insert whose answer the client never
    // read, as when the add-in died after sending it): same key, same values, so it would be linked.
    const created = await createRecord(ctx, 'Account', { Name: 'Nordlys Trading', Location: 'Tromso' });
    const localId = String(created.Id);
    const copy = world.simulator.data.create(
      'Account',
      { Name: 'Nordlys Trading', Location: 'Tromso' },
      { owner: 'JSMITH' },
    );
    world.clock.advance(HOUR);

    // The user edits the new account after the duplicate query reached the server, before its answer is read.
    let edited = false;
    const fetchEditingMeanwhile: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const action = new Headers(init?.headers).get('SOAPAction') ?? '';
      if (!edited && action.includes('QueryPage') && String(init?.body ?? '').includes('Nordlys Trading')) {
        edited = true;
        await updateRecord(ctx, 'Account', localId, { Type: 'Partner' });
      }
      return response;
    };
    const report = await world.engine({ fetch: fetchEditingMeanwhile }).synchronize({ connection: world.connection() });
    expect(report.outcome).toBe('succeeded');
    expect(edited).toBe(true);
    // Not linked: the user's record and its pending insert are still there, with the edit.
    expect(await db.get('Account', localId)).toMatchObject({ Name: 'Nordlys Trading', Type: 'Partner' });
    expect(await db.pendingChange('Account', localId)).toMatchObject({ operation: 'insert' });

    // The next run checks the new values: Siebel's copy differs now, so the user is asked.
    world.clock.advance(HOUR);
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    const [issue] = await db.listIssues();
    expect(issue).toMatchObject({ kind: 'duplicate', recordId: localId });
    expect(issue.matches?.map((m) => m.record.Id)).toEqual([copy.Id]);
    expect(await db.get('Account', localId)).toMatchObject({ Type: 'Partner' });
    expect(world.simulator.openSessionCount()).toBe(0);
  });
});
