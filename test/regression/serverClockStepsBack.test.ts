import { describe, expect, it } from 'vitest';
import type { SimulatorOptions } from '../../src/simulator';
import { createWorld, expectedRecords, useSyncWorld, type SyncWorld } from '../integration/support/syncHarness';

useSyncWorld();

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

/** The first Sunday of November 2024 in New York: at 06:00 UTC, 02:00 EDT becomes 01:00 EST. */
const NEW_YORK_FALL_BACK = Date.UTC(2024, 10, 3, 6, 0, 0);

/**
 * Found by the model-based suite (test/model, seeds 101352, 102048, 102523, 103548, 200154,
 * 200733, 201895, 202061, 202154, 202827). Shrunk (seed 202827): sync; server edit Account #0;
 * server clock −1 h; sync; server edit Account #1; sync → Account #1's change never arrives. The
 * watermark is the newest stamp the server returned; a change stamped after the server's clock
 * went back is older than it, and no watermark query asks for it. Fix: incremental queries also
 * ask for `[Updated] >= Timestamp() - <time since the last download began>`, by the server's own
 * clock (docs/sync.md, "A server clock that goes back").
 */
describe.each<[string, SimulatorOptions, (world: SyncWorld) => void]>([
  [
    'an administrator sets the clock back an hour',
    {},
    (world) => world.simulator.admin.setServerClock({ offsetMs: -HOUR }),
  ],
  [
    'the server stops stamping Tokyo time and stamps UTC',
    { timeZone: 'Asia/Tokyo' },
    (world) => world.simulator.admin.setServerClock({ timeZone: 'UTC' }),
  ],
  ['daylight saving time ends where the server stamps local time', { timeZone: 'America/New_York' }, () => undefined],
])('a server clock that goes back: %s', (_label, options, stepBack) => {
  async function missedAfterStep(
    serverTimeFunction: string | null,
  ): Promise<{ world: SyncWorld; before: string; after: string }> {
    const world = await createWorld(options);
    // 01:10 EDT in New York, 40 minutes before its clocks go back (the other cases step by hand).
    world.clock.time = NEW_YORK_FALL_BACK - 50 * MINUTE;
    const connection = () => ({
      ...world.connection(),
      wireProfile: { ...world.connection().wireProfile, serverTimeFunction },
    });
    const engine = world.engine();
    expect((await engine.synchronize({ connection: connection() })).outcome).toBe('succeeded');
    const [first, second] = expectedRecords(world.simulator, 'Account');
    world.clock.advance(20 * MINUTE);
    world.simulator.data.update('Account', first.Id, { Name: 'Changed before the step' });
    world.clock.advance(5 * MINUTE);
    expect((await engine.synchronize({ connection: connection() })).outcome).toBe('succeeded');
    world.clock.advance(20 * MINUTE);
    stepBack(world);
    world.clock.advance(10 * MINUTE);
    const after = world.simulator.data.update('Account', second.Id, { Name: 'Changed after the step' });
    world.clock.advance(5 * MINUTE);
    expect((await engine.synchronize({ connection: connection() })).outcome).toBe('succeeded');
    return { world, before: first.Id, after: after.Id };
  }

  it('misses no change stamped after the step', async () => {
    const { world, before, after } = await missedAfterStep('Timestamp()');
    const db = await world.store.activeDatabase();
    expect(await db?.get('Account', before)).toMatchObject({ Name: 'Changed before the step' });
    expect(await db?.get('Account', after)).toMatchObject({ Name: 'Changed after the step' });
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('misses it without the server time function (a deployment whose query language lacks one)', async () => {
    const { world, after } = await missedAfterStep(null);
    const db = await world.store.activeDatabase();
    expect(await db?.get('Account', after)).not.toMatchObject({ Name: 'Changed after the step' });
  });
});
