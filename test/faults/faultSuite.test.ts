import { describe, expect, it } from 'vitest';
import type { SyncReport } from '../../src/sync';
import { FAULT_CASES, type FaultCase } from './cases';
import { createFaultWorld, HOUR, useFaultWorld, type FaultWorld } from './support/faultWorld';
import { expectExactlyServerData, missingRecords, snapshot, type StoreSnapshot } from './support/localData';
import { recordResults } from './support/summary';
import { SharedClock } from '../integration/support/syncHarness';

useFaultWorld();
const record = recordResults('faultSuite');

/** A world for the case; the real-latency cases give the simulator a clock without `sleep`. */
function worldFor(c: FaultCase): Promise<FaultWorld> {
  const start = new SharedClock().time;
  return createFaultWorld({ ...(c.realLatency ? { clock: { now: () => start } } : {}), ...c.simulator });
}

/** Checksum of the active database after an uninterrupted initial sync of an identical world. */
async function referenceChecksum(c: FaultCase): Promise<string | null> {
  const world = await worldFor({ ...c, faults: [] });
  await world.engine().synchronize({ connection: world.connection() });
  return (await snapshot(world.store)).checksum;
}

/** Server changes between the initial and the incremental run: one of each kind per type it touches. */
function changeServerData(world: FaultWorld): void {
  const { data } = world.simulator;
  data.create('Account', { Name: 'Created During Faults', Location: 'Bergen' }, { owner: 'JSMITH' });
  const [contact] = [...data.list('Contact', 'JSMITH')];
  data.update('Contact', contact.Id, { 'Last Name': 'Changed During Faults' });
  const [, account] = [...data.list('Account', 'JSMITH')];
  data.update('Account', account.Id, { Name: 'Renamed During Faults' });
}

async function prepare(c: FaultCase, world: FaultWorld): Promise<StoreSnapshot> {
  if (c.phase === 'incremental') {
    world.clock.advance(HOUR);
    const first = await world.engine().synchronize({ connection: world.connection() });
    expect(first.outcome).toBe('succeeded');
    world.clock.advance(HOUR);
    changeServerData(world);
  }
  return snapshot(world.store);
}

describe('the fault suite: every injected fault ends in a completed sync or a typed stop, with no data lost and no session left open', () => {
  for (const c of FAULT_CASES) {
    it(`${c.phase}: ${c.name} → ${c.expected.outcome === 'succeeded' ? 'completes' : `stops with ${c.expected.code}`}`, async () => {
      const world = await worldFor(c);
      const before = await prepare(c, world);
      for (const rule of c.faults) world.simulator.faults.add(rule);
      const connection = world.connection({
        ...(c.password ? { password: c.password } : {}),
        ...(c.timeoutMs ? { timeoutMs: c.timeoutMs } : {}),
      });
      const report: SyncReport = await world.engine().synchronize({ connection });
      const leakedAfterRun = world.simulator.openSessionCount();
      const after = await snapshot(world.store);

      let lost = 0;
      let passed = false;
      try {
        if (c.expected.outcome === 'succeeded') {
          expect(report.outcome, report.error?.message).toBe('succeeded');
          if (c.expected.sessionsOpened) expect(report.sessions.opened).toBe(c.expected.sessionsOpened);
          lost = await missingRecords(world);
          await expectExactlyServerData(world);
        } else {
          expect(report).toMatchObject({ outcome: 'failed', error: { code: c.expected.code } });
          expect(report.error?.message).toMatch(c.expected.message);
          // Actionable: "<what failed>: <which input> — <what to try>".
          expect(report.error?.message).toMatch(/ — \S/);
          // Unchanged on failure: the same active database with the same content.
          expect(after.active).toBe(before.active);
          expect(after.checksum).toBe(before.checksum);
          await expectResumes(c, world);
          lost = await missingRecords(world);
        }
        // The simulator is the judge: `report.sessions.opened` also counts login attempts that were refused.
        expect(leakedAfterRun).toBe(0);
        expect(world.simulator.openSessionCount()).toBe(0);
        passed = true;
      } finally {
        record({
          name: c.name,
          phase: c.phase,
          outcome: report.outcome,
          ...(report.error ? { code: report.error.code } : {}),
          dataLost: lost,
          sessionsLeaked: leakedAfterRun,
          passed,
        });
      }
    });
  }
});

/**
 * After the fault is gone the next sync completes: an interrupted initial sync resumes from its
 * checkpoint and ends with the checksum of an uninterrupted sync (no duplicate, no gap); an
 * incremental one brings exactly the server's data.
 */
async function expectResumes(c: FaultCase, world: FaultWorld): Promise<void> {
  world.simulator.faults.clear();
  if (c.phase === 'initial') {
    const expected = await referenceChecksum(c);
    // Bookkeeping (package install time, sync start) is stamped with the clock; retries moved it.
    world.clock.time = new SharedClock().time;
    const resumed = await world.engine().synchronize({ connection: world.connection() });
    expect(resumed).toMatchObject({ outcome: 'succeeded', kind: 'initial' });
    expect((await snapshot(world.store)).checksum).toBe(expected);
    expect(await world.store.listStagingDatabases()).toEqual([]);
  } else {
    const resumed = await world.engine().synchronize({ connection: world.connection() });
    expect(resumed).toMatchObject({ outcome: 'succeeded', kind: 'incremental' });
  }
  await expectExactlyServerData(world);
}
