import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { SyncAlreadyRunningError } from '../../src/sync';
import { SharedClock } from '../integration/support/syncHarness';
import { createFaultWorld, HOUR, useFaultWorld, type FaultWorld } from './support/faultWorld';
import { expectExactlyServerData, missingRecords, snapshot } from './support/localData';
import { recordResults } from './support/summary';

useFaultWorld();
const record = recordResults('lifecycle');

/** Dexie's Table.prototype, shared by every database (each derives its own table class from it). */
function tablePrototype(): { bulkPut: (...args: unknown[]) => unknown } {
  const probe = new Dexie(`probe-${Math.random()}`);
  probe.version(1).stores({ t: 'id' });
  return Object.getPrototypeOf(Object.getPrototypeOf(probe.table('t'))) as { bulkPut: (...args: unknown[]) => unknown };
}

/** Makes record writes fail with QuotaExceededError after `okBatches` successful ones (bookkeeping tables still work). */
function quotaAfter(okBatches: number): void {
  const proto = tablePrototype();
  const original = proto.bulkPut;
  let writes = 0;
  vi.spyOn(proto, 'bulkPut').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
    if (!this.name.startsWith('_') && ++writes > okBatches)
      return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    return original.apply(this, args);
  });
}

async function referenceChecksum(): Promise<string | null> {
  const world = await createFaultWorld();
  await world.engine().synchronize({ connection: world.connection() });
  return (await snapshot(world.store)).checksum;
}

async function resumeMatchesReference(world: FaultWorld, expected: string | null) {
  world.clock.time = new SharedClock().time;
  const resumed = await world.engine().synchronize({ connection: world.connection() });
  expect(resumed).toMatchObject({ outcome: 'succeeded', kind: 'initial' });
  expect((await snapshot(world.store)).checksum).toBe(expected);
  await expectExactlyServerData(world);
}

describe('storage refusing writes (quota exceeded) in the middle of a sync', () => {
  it('initial: stops with StorageFull, logs off, keeps the batches written and resumes after space is freed', async () => {
    const expected = await referenceChecksum();
    const world = await createFaultWorld();
    quotaAfter(2);
    const report = await world.engine().synchronize({ connection: world.connection() });
    vi.restoreAllMocks();
    expect(report).toMatchObject({ outcome: 'failed', error: { code: 'StorageFull' } });
    expect(report.error?.message).toMatch(/full — /);
    expect(world.simulator.openSessionCount()).toBe(0);
    expect((await snapshot(world.store)).active).toBeNull();
    expect((await snapshot(world.store)).staging).toHaveLength(1);
    await resumeMatchesReference(world, expected);
    record({
      name: 'quota exceeded mid-sync',
      phase: 'initial',
      outcome: report.outcome,
      code: 'StorageFull',
      dataLost: await missingRecords(world),
      sessionsLeaked: 0,
      passed: true,
    });
  });

  it('incremental: stops with StorageFull, the data shown is untouched, and the next run completes', async () => {
    const world = await createFaultWorld();
    world.clock.advance(HOUR);
    await world.engine().synchronize({ connection: world.connection() });
    world.clock.advance(HOUR);
    for (const account of [...world.simulator.data.list('Account', 'JSMITH')])
      world.simulator.data.update('Account', account.Id, { Type: 'Partner' });
    const before = await snapshot(world.store);
    quotaAfter(0);
    const report = await world.engine().synchronize({ connection: world.connection() });
    vi.restoreAllMocks();
    expect(report).toMatchObject({ outcome: 'failed', error: { code: 'StorageFull' } });
    expect(await snapshot(world.store)).toEqual(before);
    expect(world.simulator.openSessionCount()).toBe(0);
    expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
    await expectExactlyServerData(world);
    record({
      name: 'quota exceeded mid-sync',
      phase: 'incremental',
      outcome: report.outcome,
      code: 'StorageFull',
      dataLost: await missingRecords(world),
      sessionsLeaked: 0,
      passed: true,
    });
  });
});

describe('the task pane closed in the middle of a sync', () => {
  it('closing cancels the run (signal): the session is logged off and a new engine resumes with no duplicate and no gap', async () => {
    const expected = await referenceChecksum();
    const world = await createFaultWorld();
    const closed = new AbortController();
    const report = await world.engine().synchronize({
      connection: world.connection(),
      signal: closed.signal,
      onProgress: (p) => {
        if (p.typeId === 'Contact' && p.recordsWritten > 0) closed.abort(new Error('task pane closed'));
      },
    });
    expect(report).toMatchObject({ outcome: 'cancelled', error: { code: 'SyncCancelled' } });
    expect(world.simulator.openSessionCount()).toBe(0);
    await resumeMatchesReference(world, expected);
    record({
      name: 'task pane closed (run aborted)',
      phase: 'initial',
      outcome: report.outcome,
      dataLost: await missingRecords(world),
      sessionsLeaked: 0,
      passed: true,
    });
  });

  it('a pane that dies without logging off leaves a server session that expires after SessionTokenTimeout, and a new engine resumes', async () => {
    const expected = await referenceChecksum();
    const world = await createFaultWorld({ sessionTokenTimeoutSeconds: 900 });
    // The page dies during the 3rd Contact page: from then on nothing leaves it, not even the logoff.
    let dead = false;
    let contactPages = 0;
    const dyingFetch: typeof fetch = async (input, init) => {
      if (typeof init?.body === 'string' && init.body.includes('ContactQueryPage_Input') && ++contactPages === 3)
        dead = true;
      if (dead) throw new TypeError('Failed to fetch');
      return fetch(input, init);
    };
    const report = await world
      .engine({
        fetch: dyingFetch,
        tuning: {
          pageSize: 7,
          idPageSize: 10,
          flushEvery: 14,
          progressIntervalMs: 0,
          retry: { retries: 0, baseDelayMs: 1, maxDelayMs: 1 },
          logoffTimeoutMs: 100,
        },
      })
      .synchronize({ connection: world.connection() });
    expect(report.outcome).toBe('failed');
    // The logoff never reached the server: its session is still open…
    expect(world.simulator.openSessionCount()).toBe(1);
    // …until Siebel's SessionTokenTimeout (900 s by default) closes it.
    world.clock.advance(901 * 1000);
    expect(world.simulator.openSessionCount()).toBe(0);
    await resumeMatchesReference(world, expected);
    // The resume rewound the shared clock, which revives the dead session in the simulator's eyes;
    // once its timeout passes again, nothing is open: the resumed run logged off its own session.
    world.clock.advance(1802 * 1000);
    expect(world.simulator.openSessionCount()).toBe(0);
    record({
      name: 'task pane died without logoff',
      phase: 'initial',
      outcome: report.outcome,
      dataLost: await missingRecords(world),
      sessionsLeaked: world.simulator.openSessionCount(),
      passed: true,
    });
  });
});

describe('a second sync started while one runs', () => {
  it('is refused with SyncAlreadyRunning and does not disturb the running one', async () => {
    const world = await createFaultWorld();
    const first = world.engine().synchronize({ connection: world.connection() });
    const second = world.engine().synchronize({ connection: world.connection() });
    await expect(second).rejects.toBeInstanceOf(SyncAlreadyRunningError);
    await expect(second).rejects.toMatchObject({
      code: 'SyncAlreadyRunning',
      message: expect.stringMatching(/wait for it to finish/),
    });
    expect((await first).outcome).toBe('succeeded');
    await expectExactlyServerData(world);
    expect(world.simulator.openSessionCount()).toBe(0);
    record({
      name: 'second sync while one runs',
      phase: 'initial',
      outcome: 'refused',
      code: 'SyncAlreadyRunning',
      dataLost: await missingRecords(world),
      sessionsLeaked: 0,
      passed: true,
    });
  });
});
