import { describe, expect, it } from 'vitest';
import { EditsClosedError, StoreError, type Store } from '../../src/store';
import { updateRecord } from '../../src/sync';
import { createWorld, expectedRecords, localContext, useSyncWorld } from '../integration/support/syncHarness';

useSyncWorld();

const HOUR = 60 * 60 * 1000;

/**
 * Found by the model-based suite (test/model, soak seed 14000065, maximumSessions 4), once the
 * server-clock question put a request just before the swap. Shrunk: sync; publish package
 * (schema); sync with concurrent local work [local edit Account #0 after call 13] → `local edit of
 * Account 1-1000000 {"MainPhoneNumber":"v1"} is neither on the server nor pending nor an issue`.
 * An initial run counts the unsent changes of the database the user edits and then swaps its new
 * one in; the count and the swap are two steps in two databases, and a save landing between them
 * went into the database being dropped. Fix (`DataDatabase.closeForEdits`,
 * src/store/internal/local/editsClosed.ts): the count closes the old database for edits in the
 * same transaction, every save checks that inside its own (`EditsClosedError`), and a failed swap
 * opens it again, as does the next run after a run that died in between (soak seed 16001719).
 */
describe('an edit saved while an initial run swaps its new database in', () => {
  it('is refused with an error the user sees, not lost with the dropped database', async () => {
    const world = await createWorld();
    world.clock.advance(HOUR);
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    const ctx = await localContext(world);
    const old = ctx.db;
    const { Id: id } = expectedRecords(world.simulator, 'Account')[0];

    let refused: unknown = null;
    const savingJustBeforeTheSwap: Store = {
      ...world.store,
      activateDatabase: async (name) => {
        refused = await updateRecord(ctx, 'Account', id, { MainPhoneNumber: '+1 555 0199' }).then(
          () => null,
          (error: unknown) => error,
        );
        return world.store.activateDatabase(name);
      },
    };
    world.clock.advance(HOUR);
    const report = await world
      .engine({ store: savingJustBeforeTheSwap })
      .synchronize({ connection: world.connection(), full: true });
    expect(report).toMatchObject({ kind: 'initial', outcome: 'succeeded' });
    expect(refused).toBeInstanceOf(EditsClosedError);
    expect(String((refused as Error).message)).toMatch(/a synchronization is replacing the local CRM data/);

    // The user saves again, in the new database, and the change reaches Siebel.
    const now = await world.store.activeDatabase();
    if (!now || now.name === old.name) throw new Error('the initial run swapped no database in');
    await updateRecord({ ...ctx, db: now }, 'Account', id, { MainPhoneNumber: '+1 555 0199' });
    world.clock.advance(HOUR);
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    expect(world.simulator.data.get('Account', id)?.['Main Phone Number']).toBe('+1 555 0199');
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('is accepted again when the swap fails: the count’s mark is taken off', async () => {
    const world = await createWorld();
    world.clock.advance(HOUR);
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    const ctx = await localContext(world);
    const failingSwap: Store = {
      ...world.store,
      activateDatabase: async () => {
        throw new StoreError('Switching to the new local CRM data failed: the disk is gone');
      },
    };
    world.clock.advance(HOUR);
    const report = await world
      .engine({ store: failingSwap })
      .synchronize({ connection: world.connection(), full: true });
    expect(report.outcome).toBe('failed');
    const { Id: id } = expectedRecords(world.simulator, 'Account')[0];
    await updateRecord(ctx, 'Account', id, { MainPhoneNumber: '+1 555 0198' });
    expect(await ctx.db.pendingChange('Account', id)).toMatchObject({ changedFields: ['MainPhoneNumber'] });
  });

  it('is accepted again once the next run starts, after a run that died between its count and its swap', async () => {
    const world = await createWorld();
    world.clock.advance(HOUR);
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    const ctx = await localContext(world);
    const { Id: id } = expectedRecords(world.simulator, 'Account')[0];
    // What the dead run left: the count's mark on the database the user edits.
    expect(await ctx.db.closeForEdits()).toBe(0);
    await expect(updateRecord(ctx, 'Account', id, { MainPhoneNumber: '+1 555 0197' })).rejects.toThrow(
      EditsClosedError,
    );
    world.clock.advance(5_000);
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    await updateRecord(ctx, 'Account', id, { MainPhoneNumber: '+1 555 0197' });
    expect(await ctx.db.pendingChange('Account', id)).toMatchObject({ changedFields: ['MainPhoneNumber'] });
  });
});
