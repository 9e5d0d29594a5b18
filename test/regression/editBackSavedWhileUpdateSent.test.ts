import { describe, expect, it } from 'vitest';
import { parsePackage } from '../../src/metadata';
import { updateRecord } from '../../src/sync';
import { createWorld, expectedRecords, useSyncWorld } from '../integration/support/syncHarness';

useSyncWorld();

const HOUR = 60 * 60 * 1000;

/**
 * Found by the model-based suite (test/model, soak seed 3000231, maximumSessions 1). Shrunk: sync;
 * sync with concurrent local work [local edit Account #1 Type to Prospect after call 0; local edit of
 * waiting change #0 after upload batch 1]; sync with concurrent local work [share item 0 after call 0;
 * local edit Account #19 Type to Customer after upload batch 1] (released: share item 0, #1
 * AccountQueryPage, #2 ActionQueryPage, #3 ExecuteBatch, local edit Account #19 Type to Customer, #4
 * ExecuteBatch, …) → `local edit of Account 1-1000001 {"Type":"Customer","MainPhoneNumber":"v1"} is
 * neither on the server nor pending nor an issue`.
 * The pending update (Type Customer → Prospect, a phone number) is sent; before its answer is read
 * the user sets Type back to Customer. The edit is folded against the pending change's `base`, the
 * record as received before the upload, where Type is Customer: Type leaves the fields to send
 * ("editing back to the server's values drops the change"), only the phone number stays. The answer
 * (`DataDatabase.acknowledgeUpload`) then kept on top of the server's record only the *pending*
 * fields that still differ from it — the phone number does not — and stored the server's Prospect
 * over the user's Customer: the edit was gone without a trace. Fix
 * (`src/store/internal/local/acknowledgeUpload.ts`, with `UploadAck.sentFields` from sendWaves): a
 * field the sent change carried is compared too, since the server holds the sent value now, not
 * the base's.
 */
describe('an edit back to the old value saved while the record’s update is on the way', () => {
  it('stays pending against the server’s record and reaches Siebel on the next run', async () => {
    const world = await createWorld();
    world.clock.advance(HOUR);
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    const db = await world.store.activeDatabase();
    if (!db) throw new Error('no active database');
    const ctx = { db, pkg: await parsePackage((await db.installedPackage()).files), now: world.clock.now };
    const { Id: id } = expectedRecords(world.simulator, 'Account')[0];
    const before = String((await db.get('Account', String(id)))?.Type ?? '');
    const sent = ['Customer', 'Prospect', 'Partner'].find((t) => t !== before) ?? 'Prospect';
    world.clock.advance(HOUR);
    await updateRecord(ctx, 'Account', String(id), { Type: sent, MainPhoneNumber: '+1 555 0142' });

    // The user sets Type back after the update reached the server, before its answer is read.
    let editedBack = false;
    const fetchEditingBackMeanwhile: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!editedBack && (new Headers(init?.headers).get('SOAPAction') ?? '').includes('ExecuteBatch')) {
        editedBack = true;
        await updateRecord(ctx, 'Account', String(id), { Type: before });
      }
      return response;
    };
    const report = await world
      .engine({ fetch: fetchEditingBackMeanwhile })
      .synchronize({ connection: world.connection() });
    expect(report.outcome).toBe('succeeded');
    expect(editedBack).toBe(true);
    expect(world.simulator.data.get('Account', String(id))?.Type).toBe(sent);
    // The user's value is kept, and pending against the server's record.
    expect(await db.get('Account', String(id))).toMatchObject({ Type: before, MainPhoneNumber: '+1 555 0142' });
    expect(await db.pendingChange('Account', String(id))).toMatchObject({
      operation: 'update',
      changedFields: ['Type'],
    });

    world.clock.advance(HOUR);
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    expect(world.simulator.data.get('Account', String(id))).toMatchObject({
      Type: before,
      'Main Phone Number': '+1 555 0142',
    });
    expect(await db.get('Account', String(id))).toMatchObject({ Type: before, MainPhoneNumber: '+1 555 0142' });
    expect(await db.countPendingChanges()).toBe(0);
    expect(await db.countIssues()).toBe(0);
    expect(world.simulator.openSessionCount()).toBe(0);
  });
});
