import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { parsePackage } from '../../src/metadata';
import { DEFAULT_WIRE_PROFILE, isTransientError, type WireProfile } from '../../src/siebel';
import type { Store } from '../../src/store';
import { type SyncReport } from '../../src/sync';
import { createSiebelPort } from '../../src/sync/session/createSiebelPort';
import { DEFAULT_TUNING } from '../../src/sync/ports';
import { normalizeServerUrl } from '../../src/sync/identity';
import { runSync } from '../../src/sync/run/runSync';
import type { Clock } from '../../src/shared';
import {
  BASE_URL,
  createWorld,
  ENDPOINT,
  expectedRecords,
  openTestStore,
  TYPES,
  useHandlers,
  useSyncWorld,
  type SyncWorld,
} from './support/syncHarness';

useSyncWorld();

/** Enough records that every type spans several pages of 7 rows (Contact: 90 rows, 13 pages). */
const DATA = {
  accounts: 30,
  contactsPerAccount: 3,
  opportunitiesPerAccount: 1,
  activitiesPerAccount: 2,
  seed: 11,
} as const;
const sessions = (maximumSessions: number): WireProfile => ({ ...DEFAULT_WIRE_PROFILE, maximumSessions });

async function fieldWorld(options: { maxSessionsPerUser?: number } = {}): Promise<SyncWorld> {
  // The field profile's per-call latency, waited on the shared clock (so nothing waits for real).
  return createWorld({
    data: DATA,
    latency: { fixedMs: 150, jitterMs: 50 },
    maxSessionsPerUser: options.maxSessionsPerUser ?? 4,
  });
}

function run(
  world: SyncWorld,
  maximumSessions: number,
  extra: { signal?: AbortSignal; fetch?: typeof fetch; deletionCheckHours?: number } = {},
) {
  const { fetch: fetcher, ...rest } = extra;
  return world
    .engine(fetcher ? { fetch: fetcher } : {})
    .synchronize({ connection: { ...world.connection(), wireProfile: sessions(maximumSessions) }, ...rest });
}

async function expectServerData(world: SyncWorld, store: Store = world.store): Promise<void> {
  const db = await store.activeDatabase();
  for (const typeId of TYPES) {
    const expected = expectedRecords(world.simulator, typeId)
      .map((r) => r.Id)
      .sort();
    const local = (await db?.primaryKeys(typeId))?.map(String).sort();
    expect(local, typeId).toEqual(expected);
  }
}

/**
 * Every record of every type as stored (sorted by Id): the data, without the bookkeeping a checksum
 * also covers (watermarks and times move with the simulated latency).
 */
async function records(store: Store): Promise<unknown> {
  const db = await store.activeDatabase();
  const all: Record<string, unknown> = {};
  for (const typeId of TYPES) {
    const ids = ((await db?.primaryKeys(typeId)) ?? []).map(String).sort();
    all[typeId] = await db?.getMany(typeId, ids);
  }
  return all;
}

function expectAllLoggedOff(world: SyncWorld, report: SyncReport): void {
  expect(report.sessions.opened).toBe(report.sessions.closed);
  expect(world.simulator.openSessionCount()).toBe(0);
}

/** A fetch that counts the POSTs the client sends over all its sessions, and their body bytes. */
function countingFetch() {
  const seen = { requests: 0, bytesSent: 0 };
  const counted: typeof fetch = async (input, init) => {
    seen.requests += 1;
    seen.bytesSent += new TextEncoder().encode(String(init?.body ?? '')).byteLength;
    return fetch(input, init);
  };
  return { seen, fetch: counted };
}

/** Watches the QueryPage requests of one operation on their way out (before the simulator sees them). */
function watchQueries(operation: string, onRequest: (nth: number) => void): void {
  let count = 0;
  useHandlers(
    http.post(`${BASE_URL}/*`, async ({ request }) => {
      if ((await request.clone().text()).includes(`${operation}_Input`)) onRequest(++count);
      return undefined;
    }),
  );
}

describe('record downloads in several Siebel sessions', () => {
  it('brings the same data with 1 and with 4 sessions; 4 use more than one session and log every one off', async () => {
    const serial = await fieldWorld();
    const one = await run(serial, 1);
    expect(one).toMatchObject({
      outcome: 'succeeded',
      sessions: { opened: 1, closed: 1 },
      traffic: { peakSessions: 1 },
    });
    await expectServerData(serial);
    const reference = await records(serial.store);

    const parallel = await fieldWorld();
    const { seen, fetch: counted } = countingFetch();
    const four = await run(parallel, 4, { fetch: counted });
    expect(four.outcome, four.error?.message).toBe('succeeded');
    await expectServerData(parallel);
    expect(await records(parallel.store)).toEqual(reference);
    expect(four.traffic?.peakSessions).toBeGreaterThan(1);
    expect(four.traffic?.peakSessions).toBeLessThanOrEqual(4);
    expectAllLoggedOff(parallel, four);
    // Counted at the transport over all sessions: every POST (logins and logoffs included) and its body.
    expect(four.traffic).toMatchObject({ requests: seen.requests, bytesSent: seen.bytesSent });
    expect(four.traffic?.bytesReceived).toBeGreaterThan(0);
    expect(four.counts).toEqual(one.counts);
    // The calls by purpose: one metadata check, a logoff per session, no repeats on a calm server, and
    // every request accounted for (a session logs in with its first call, never with a call of its own).
    for (const report of [one, four]) {
      const calls = report.traffic?.calls;
      expect(calls).toMatchObject({ metadata: 1, batches: 0, logoffs: report.sessions.closed, retries: 0 });
      expect(calls!.metadata + calls!.queries + calls!.batches + calls!.logoffs).toBe(report.traffic?.requests);
    }
  });

  it('runs an incremental sync with 4 sessions: changed, created and deleted records arrive, every session logged off', async () => {
    const world = await fieldWorld();
    expect((await run(world, 4)).outcome).toBe('succeeded');
    world.clock.advance(60 * 60 * 1000);
    const contacts = [...world.simulator.data.list('Contact', 'JSMITH')];
    // More changes than a page: the changes query widens too.
    for (const contact of contacts.slice(0, 20))
      world.simulator.data.update('Contact', contact.Id, { 'Job Title': 'Changed' });
    world.simulator.data.create('Account', { Name: 'Fresh One', Location: 'Oslo' }, { owner: 'JSMITH' });
    world.simulator.data.delete('Contact', contacts[25].Id);
    // The full Id listing on this run (deletionCheckHours 0), so the hard delete is found now.
    const report = await run(world, 4, { deletionCheckHours: 0 });
    expect(report).toMatchObject({ kind: 'incremental', outcome: 'succeeded' });
    await expectServerData(world);
    const db = await world.store.activeDatabase();
    expect(await db?.get('Contact', contacts[0].Id)).toMatchObject({ JobTitle: 'Changed' });
    expectAllLoggedOff(world, report);
  });

  it("asks the later types' first change pages ahead, side by side, in an incremental run: same data as one session, nothing asked twice", async () => {
    const worlds = [await fieldWorld(), await fieldWorld()];
    const change = (world: SyncWorld) => {
      world.clock.advance(60 * 60 * 1000);
      const [contact] = [...world.simulator.data.list('Contact', 'JSMITH')];
      world.simulator.data.update('Contact', contact.Id, { 'Job Title': 'Changed' });
      world.simulator.data.create('Account', { Name: 'Fresh One', Location: 'Oslo' }, { owner: 'JSMITH' });
    };
    const queriesOf = (report: SyncReport) => report.traffic?.requests ?? 0;
    const [serial, ahead] = worlds;
    expect((await run(serial, 1)).outcome).toBe('succeeded');
    expect((await run(ahead, 4)).outcome).toBe('succeeded');
    change(serial);
    change(ahead);
    const one = await run(serial, 1);
    // QueryPage requests sent in the same turn of the event loop: out at once, not one after the other.
    let sameTurn = 0;
    let peakQueries = 0;
    useHandlers(
      http.post(`${BASE_URL}/*`, async ({ request }) => {
        if (!(await request.clone().text()).includes('QueryPage_Input')) return undefined;
        peakQueries = Math.max(peakQueries, ++sameTurn);
        setTimeout(() => (sameTurn -= 1), 0);
        return undefined;
      }),
    );
    const four = await run(ahead, 4);
    expect(four).toMatchObject({ kind: 'incremental', outcome: 'succeeded' });
    expect(four.counts).toEqual(one.counts);
    expect(await records(ahead.store)).toEqual(await records(serial.store));
    // Several types' change queries were out at once, and their first pages were not asked again.
    expect(four.traffic?.peakSessions).toBeGreaterThan(1);
    expect(peakQueries).toBeGreaterThan(1);
    expect(queriesOf(four) - four.sessions.closed).toBeLessThanOrEqual(queriesOf(one) - one.sessions.closed);
    expectAllLoggedOff(ahead, four);
  });

  it('cancelled while later pages are asked ahead: every session logged off, the next run brings the changes', async () => {
    const world = await fieldWorld();
    expect((await run(world, 4)).outcome).toBe('succeeded');
    world.clock.advance(60 * 60 * 1000);
    const [contact] = [...world.simulator.data.list('Contact', 'JSMITH')];
    world.simulator.data.update('Contact', contact.Id, { 'Job Title': 'Changed' });
    const controller = new AbortController();
    // The first type's changes query is out, the later types' first pages too: cancel then.
    watchQueries('AccountQueryPage', () => setTimeout(() => controller.abort(new Error('user cancelled')), 0));
    const cancelled = await run(world, 4, { signal: controller.signal });
    expect(cancelled.outcome).toBe('cancelled');
    expectAllLoggedOff(world, cancelled);
    world.clock.advance(60 * 1000);
    const next = await run(world, 4);
    expect(next.outcome).toBe('succeeded');
    const db = await world.store.activeDatabase();
    expect(await db?.get('Contact', contact.Id)).toMatchObject({ JobTitle: 'Changed' });
    expectAllLoggedOff(world, next);
  });

  it('pages on by the rows actually returned when the server sends short pages, with no gap', async () => {
    const world = await fieldWorld();
    world.simulator.faults.add({
      kind: 'shortPage',
      rows: 3,
      operation: 'ContactQueryPage',
      times: Number.POSITIVE_INFINITY,
    });
    const report = await run(world, 4);
    expect(report.outcome, report.error?.message).toBe('succeeded');
    await expectServerData(world);
    expectAllLoggedOff(world, report);
  });

  it('learns the server page limit (SBL-EAI-04447) once and goes on at that size in every session', async () => {
    const world = await createWorld({ data: DATA, maxSessionsPerUser: 4, maximumPageSize: 5 });
    const report = await run(world, 4);
    expect(report.outcome, report.error?.message).toBe('succeeded');
    expect((await (await world.store.activeDatabase())?.syncState())?.maximumPageSize).toBe(5);
    expect(report.traffic?.peakSessions).toBeGreaterThan(1);
    await expectServerData(world);
    expectAllLoggedOff(world, report);
  });

  it('resumes a download cancelled with several pages in flight, with no duplicate and no gap', async () => {
    const reference = await fieldWorld();
    await run(reference, 1);
    const expected = await records(reference.store);

    const world = await fieldWorld();
    const controller = new AbortController();
    // The 6th Contact request goes out while others are in flight on other sessions.
    watchQueries('ContactQueryPage', (nth) => {
      if (nth === 6) controller.abort(new Error('user cancelled'));
    });
    const cancelled = await run(world, 4, { signal: controller.signal });
    expect(cancelled).toMatchObject({ outcome: 'cancelled', error: { code: 'SyncCancelled' } });
    expectAllLoggedOff(world, cancelled);
    const [staging] = await world.store.listStagingDatabases();
    const checkpoint = await (await world.store.openDatabase(staging.name)).checkpoint('Contact');
    // Nothing past the checkpoint: the staging database holds exactly the rows before it.
    expect(checkpoint?.done).toBe(false);
    expect(await (await world.store.openDatabase(staging.name)).count('Contact')).toBe(checkpoint?.startRowNum);

    const resumed = await run(world, 4);
    expect(resumed).toMatchObject({ outcome: 'succeeded', kind: 'initial' });
    expect((await world.store.activeDatabase())?.name).toBe(staging.name);
    await expectServerData(world);
    expect(await records(world.store)).toEqual(expected);
    expectAllLoggedOff(world, resumed);
  });

  it('uses fewer sessions when the server has no room for more (SBL-SMI-00114): the refused logins are no error', async () => {
    const world = await fieldWorld({ maxSessionsPerUser: 2 });
    const report = await run(world, 4);
    expect(report.outcome, report.error?.message).toBe('succeeded');
    expect(world.simulator.counters().refusedSessions).toBeGreaterThan(0);
    expect(report.traffic?.peakSessions).toBe(2);
    await expectServerData(world);
    expectAllLoggedOff(world, report);
  });

  it('backs off and retries under HTTP 503, and completes with the right data', async () => {
    const calm = await fieldWorld();
    const unloaded = await run(calm, 4);
    const world = await fieldWorld();
    world.simulator.faults.add({ kind: 'http', status: 503, operation: 'ContactQueryPage', onCall: 3, times: 4 });
    const report = await run(world, 4);
    expect(report.outcome, report.error?.message).toBe('succeeded');
    expect(world.clock.sleeps.length).toBeGreaterThan(0);
    // After the 503s the run went on with fewer sessions: fewer were opened than on a calm server.
    expect(report.sessions.opened).toBeLessThan(unloaded.sessions.opened);
    // The four refused calls were asked again, and the report says so.
    expect(report.traffic?.calls?.retries).toBe(4);
    await expectServerData(world);
    expectAllLoggedOff(world, report);
  });

  it('logs every session off when a page fails for good, keeping only whole batches before the failed page', async () => {
    const world = await fieldWorld();
    world.simulator.faults.add({
      kind: 'soapFault',
      code: 'SBL-EAI-04376',
      operation: 'ContactQueryPage',
      onCall: 4,
      times: 1,
    });
    const report = await run(world, 4);
    expect(report).toMatchObject({ outcome: 'failed', error: { code: 'SiebelFault' } });
    expectAllLoggedOff(world, report);
    const [staging] = await world.store.listStagingDatabases();
    const db = await world.store.openDatabase(staging.name);
    const checkpoint = await db.checkpoint('Contact');
    expect(await db.count('Contact')).toBe(checkpoint?.startRowNum ?? 0);
  });

  it("waits for room when the server refuses the run's main session (SBL-SMI-00114), then syncs", async () => {
    const world = await fieldWorld({ maxSessionsPerUser: 1 });
    // Another client of the user holds the only session the server allows.
    const other = createSiebelPort({ ...world.connection(), wireProfile: sessions(1) });
    await other.downloadMetadata({ packageId: '', responsibilityId: '', hashValue: '' });
    const sleeps: number[] = [];
    const clock: Clock = {
      now: () => world.clock.now(),
      sleep: async (ms) => {
        sleeps.push(ms);
        // While this run waits, the other client ends its run.
        await other.logoff();
      },
    };
    const report = await world
      .engine({ clock })
      .synchronize({ connection: { ...world.connection(), wireProfile: sessions(4) } });
    expect(report.outcome, report.error?.message).toBe('succeeded');
    expect(sleeps).toHaveLength(1);
    expect(world.simulator.counters().refusedSessions).toBeGreaterThan(0);
    await expectServerData(world);
    expectAllLoggedOff(world, report);
  });

  it('stops with TooManySessions, an actionable message and no session left, when room never comes', async () => {
    const world = await fieldWorld({ maxSessionsPerUser: 1 });
    const other = createSiebelPort({ ...world.connection(), wireProfile: sessions(1) });
    await other.downloadMetadata({ packageId: '', responsibilityId: '', hashValue: '' });
    const report = await run(world, 4);
    expect(report).toMatchObject({
      outcome: 'failed',
      error: { code: 'TooManySessions' },
      sessions: { opened: 0, closed: 0 },
    });
    expect(report.error?.message).toMatch(/no room for another session of user JSMITH .* — .*synchronize again/);
    await other.logoff();
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('lets a second client of the same user sync at the same time under maxSessionsPerUser = 4: both finish with the right data', async () => {
    const world = await fieldWorld({ maxSessionsPerUser: 4 });
    const otherStore = await openTestStore('it-second-', world.clock);
    const [first, second] = await Promise.all([client(world, world.store), client(world, otherStore)]);
    expect(first.outcome, first.error?.message).toBe('succeeded');
    expect(second.outcome, second.error?.message).toBe('succeeded');
    await expectServerData(world, world.store);
    await expectServerData(world, otherStore);
    expect(first.sessions.opened).toBe(first.sessions.closed);
    expect(second.sessions.opened).toBe(second.sessions.closed);
    // They did compete: the server refused logins beyond its bound, and neither run failed for it.
    expect(world.simulator.counters().refusedSessions).toBeGreaterThan(0);
    expect(world.simulator.openSessionCount()).toBe(0);
  });
});

/**
 * One client of its own (as a second Outlook would be: its own store, its own run, no shared lock),
 * limit 4. Its sleeps take real time (1 ms per 100 ms asked, the server's latency excluded) so
 * that waiting for room really lets the other client move on.
 */
function client(world: SyncWorld, store: Store): Promise<SyncReport> {
  const clock: Clock = {
    now: () => world.clock.now(),
    sleep: (ms, signal) =>
      new Promise((resolve) => {
        signal?.throwIfAborted();
        setTimeout(resolve, Math.max(1, Math.round(ms / 100)));
      }),
  };
  const connection = { ...world.connection(), wireProfile: sessions(4) };
  return runSync({
    store,
    identity: { userName: connection.userName, serverUrl: normalizeServerUrl(ENDPOINT) },
    full: false,
    openSession: () => createSiebelPort(connection),
    wireProfile: connection.wireProfile,
    parsePackage: (files) => parsePackage(files),
    isTransient: isTransientError,
    clock,
    random: () => 0.5,
    tuning: { ...DEFAULT_TUNING, pageSize: 7, idPageSize: 10, flushEvery: 14 },
  });
}
