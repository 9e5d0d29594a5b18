import { describe, expect, it } from 'vitest';
import { createWorld, expectedRecords, useSyncWorld, type SyncWorld } from '../integration/support/syncHarness';

useSyncWorld();

const MINUTE = 60 * 1000;

/**
 * Found by the model-based suite (test/model, soak seed 11000285, maximumSessions 4). Shrunk: sync
 * deletionCheckHours=0; local edit Account #0 Type to Customer; sync with concurrent local work
 * […]; server clock {"offsetMs":0,"timeZone":"America/New_York"}; sync with concurrent local work
 * […]; server create Account for JSMITH; server clock {"offsetMs":0,"timeZone":"UTC"}; sync
 * deletionCheckHours=24 → `Account 1-9000001 is visible on the server but not local after a
 * successful sync`.
 * The server's clock steps back four hours (it starts stamping New York time instead of UTC) and
 * the run after that finds nothing changed, so the watermark stays in the old, later time. A record
 * is then created, stamped in New York time, and the clock steps forward again before the next run:
 * the record is older than the watermark and older than the server-clock window
 * (`Timestamp() - <since the last download>`), so no incremental query asks for it until the next
 * full Id listing, up to a day later. Fix (`src/sync/download/serverClockStepBack.ts`): after its
 * downloads a run asks whether the server's clock stands before the newest watermark, and if so
 * lowers the watermarks below the server's now, found by a few one-record probes.
 */
describe('a server clock that steps back, a quiet run, a new record, and a step forward', () => {
  async function stepBackQuietRunCreateStepForward(
    serverTimeFunction: string | null,
  ): Promise<{ world: SyncWorld; id: string; probes: string[] }> {
    const world = await createWorld({ timeZone: 'UTC' });
    const connection = () => ({
      ...world.connection(),
      wireProfile: { ...world.connection().wireProfile, serverTimeFunction },
    });
    const engine = world.engine();
    // A record changed just before the first run: the watermark is about the server's now.
    const [account] = expectedRecords(world.simulator, 'Account');
    world.simulator.data.update('Account', account.Id, { Type: 'Partner' });
    world.clock.advance(MINUTE);
    expect((await engine.synchronize({ connection: connection() })).outcome).toBe('succeeded');
    world.clock.advance(10 * MINUTE);
    world.simulator.admin.setServerClock({ timeZone: 'America/New_York' });
    const probes: string[] = [];
    const recordingProbes: typeof fetch = async (input, init) => {
      const body = typeof init?.body === 'string' ? init.body : '';
      if (/Timestamp\(\) [-+] /.test(body) && body.includes('Id] =')) probes.push(body);
      return fetch(input, init);
    };
    const quiet = await world.engine({ fetch: recordingProbes }).synchronize({ connection: connection() });
    expect(quiet.outcome).toBe('succeeded');
    world.clock.advance(10 * MINUTE);
    const { Id: id } = world.simulator.data.create(
      'Account',
      { Name: 'Created in the back step' },
      { owner: 'JSMITH' },
    );
    world.clock.advance(10 * MINUTE);
    world.simulator.admin.setServerClock({ timeZone: 'UTC' });
    expect((await engine.synchronize({ connection: connection(), deletionCheckHours: 24 })).outcome).toBe('succeeded');
    return { world, id, probes };
  }

  it('brings the record with the next incremental run, the quiet run having lowered the watermarks', async () => {
    const { world, id, probes } = await stepBackQuietRunCreateStepForward('Timestamp()');
    expect(await (await world.store.activeDatabase())?.get('Account', id)).toMatchObject({
      Name: 'Created in the back step',
    });
    // One probe finds the step, a few more find how far: never more than the list of distances.
    expect(probes.length).toBeGreaterThan(1);
    expect(probes.length).toBeLessThanOrEqual(8);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('leaves it to the Id listing without the server time function (a deployment whose query language lacks one)', async () => {
    const { world, id, probes } = await stepBackQuietRunCreateStepForward(null);
    expect(probes).toEqual([]);
    expect(await (await world.store.activeDatabase())?.get('Account', id)).toBeUndefined();
  });
});
