import { describe, expect, it } from 'vitest';
import { createWorld, expectedRecords, useSyncWorld } from './support/syncHarness';

useSyncWorld();

const HOUR = 60 * 60 * 1000;
const UPCOMING = '#preset_upcoming_activities';

/** `MM/DD/YYYY HH:MM:SS` (Siebel, UTC here) → epoch ms. */
function siebelMs(text: string): number {
  const [, mm, dd, yyyy, hh, mi, ss] = /^(\d\d)\/(\d\d)\/(\d{4}) (\d\d):(\d\d):(\d\d)$/.exec(text) ?? [];
  return Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd), Number(hh), Number(mi), Number(ss));
}

describe('a chosen synchronization filter preset', () => {
  it('synchronizes with the chosen preset, and a later change of preset is reconciled without a full sync', async () => {
    const world = await createWorld();
    world.clock.advance(HOUR);
    const now = new Date(world.clock.now());
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    const upcoming = [...world.simulator.data.list('Action', 'JSMITH')].filter((r) => siebelMs(r.Planned) >= today);
    const allOpportunities = [...world.simulator.data.list('Opportunity', 'JSMITH')];
    // The data set must make the two presets differ, or this test would prove nothing.
    expect(upcoming.length).toBeGreaterThan(0);
    expect(upcoming.length).not.toBe(expectedRecords(world.simulator, 'Action').length);
    expect(expectedRecords(world.simulator, 'Opportunity').length).toBeLessThan(allOpportunities.length);

    const first = await world.engine().synchronize({ connection: world.connection(), filterPreset: UPCOMING });
    expect(first).toMatchObject({ kind: 'initial', outcome: 'succeeded' });
    const db = await world.store.activeDatabase();
    // The upcoming preset filters activities by date and leaves opportunities unfiltered.
    expect((await db!.primaryKeys('Action')).sort()).toEqual(upcoming.map((r) => r.Id).sort());
    expect(await db!.count('Opportunity')).toBe(allOpportunities.length);

    world.clock.advance(HOUR);
    const second = await world.engine().synchronize({ connection: world.connection() });
    expect(second).toMatchObject({ kind: 'incremental', outcome: 'succeeded' });
    const openOpportunities = expectedRecords(world.simulator, 'Opportunity');
    const openActions = expectedRecords(world.simulator, 'Action');
    expect((await db!.primaryKeys('Opportunity')).sort()).toEqual(openOpportunities.map((r) => r.Id).sort());
    expect((await db!.primaryKeys('Action')).sort()).toEqual(openActions.map((r) => r.Id).sort());
    expect(second.counts.Opportunity.removed).toBe(allOpportunities.length - openOpportunities.length);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('falls back to the package default for a preset the package does not have', async () => {
    const world = await createWorld();
    world.clock.advance(HOUR);
    const report = await world
      .engine()
      .synchronize({ connection: world.connection(), filterPreset: '#no_such_preset' });
    expect(report.outcome).toBe('succeeded');
    const db = await world.store.activeDatabase();
    expect(await db!.count('Action')).toBe(expectedRecords(world.simulator, 'Action').length);
  });
});
