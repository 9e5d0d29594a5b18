import { describe, expect, it } from 'vitest';
import { parseDeployment, withDeployment, type SyncReport } from '../../src/sync';
import { createWorld, expectedRecords, SMALL_DATA, TYPES, useSyncWorld, type SyncWorld } from './support/syncHarness';
import { isClockQuestion } from './support/clockQuestion';

useSyncWorld();

const HOUR = 60 * 60 * 1000;
const MINUTE = 60 * 1000;
/** The harness's Id page (`idPageSize`): the smallest slice worth a request. */
const ID_PAGE = 10;

/** A world after its initial sync, at the time the initial sync ran (the deletion schedule's origin). */
async function syncedWorld(data: object = SMALL_DATA): Promise<SyncWorld & { readonly syncedAt: number }> {
  const world = await createWorld({ data: data as typeof SMALL_DATA });
  world.clock.advance(HOUR);
  const syncedAt = world.clock.now();
  expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
  return Object.assign(world, { syncedAt });
}

/** A fetch that logs each QueryPage as "ids <Type>" (primary key alone), "clock <Type>" (the server-clock question) or "records <Type>", with its body. */
function queryLog() {
  const entries: { kind: string; body: string }[] = [];
  const observed: typeof fetch = async (input, init) => {
    const body = String(init?.body ?? '');
    const query = /<\w+:(\w+)QueryPage_Input>/.exec(body);
    if (query)
      entries.push({
        kind: `${isClockQuestion(body) ? 'clock' : /<(\w+)(?: [^>]*)?>\s*<Id\/>\s*<\/\1>/.test(body) ? 'ids' : 'records'} ${query[1]}`,
        body,
      });
    return fetch(input, init);
  };
  return {
    fetch: observed,
    kinds: () => entries.map((e) => e.kind),
    bodies: (kind: string) => entries.filter((e) => e.kind === kind).map((e) => e.body),
  };
}

/** `MM/DD/YYYY HH:MM:SS` (Siebel, UTC here) → epoch ms. */
function siebelMs(text: string): number {
  const [, mm, dd, yyyy, hh, mi, ss] = /^(\d\d)\/(\d\d)\/(\d{4}) (\d\d):(\d\d):(\d\d)$/.exec(text) ?? [];
  return Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd), Number(hh), Number(mi), Number(ss));
}

function queryPageCalls(world: SyncWorld): number {
  return Object.entries(world.simulator.counters().calls)
    .filter(([name]) => name.endsWith('QueryPage'))
    .reduce((sum, [, n]) => sum + n, 0);
}

async function localIds(world: SyncWorld, typeId: string): Promise<string[]> {
  return (await (await world.store.activeDatabase())!.primaryKeys(typeId)).slice().sort();
}

async function syncAt(world: SyncWorld, atMs: number, options: { fetch?: typeof fetch } = {}): Promise<SyncReport> {
  world.clock.time = atMs;
  const report = await world
    .engine(options.fetch ? { fetch: options.fetch } : {})
    .synchronize({ connection: world.connection() });
  expect(report).toMatchObject({ kind: 'incremental', outcome: 'succeeded' });
  return report;
}

describe('an incremental synchronization that costs what changed', () => {
  it('removes a record that left the filter by a change on the next run, from the changes query alone (no Id listing)', async () => {
    const world = await syncedWorld();
    const [leaving, staying] = expectedRecords(world.simulator, 'Action');
    const done = [...world.simulator.data.list('Action', 'JSMITH')].find((r) => r.Status === 'Done');
    expect(done).toBeDefined();
    world.clock.advance(HOUR);
    world.simulator.data.update('Action', leaving.Id, { Status: 'Done' });
    world.simulator.data.update('Action', staying.Id, { Description: 'Still open' });
    // Changed, but outside the filter before and after: it comes back with the changes and is not stored.
    world.simulator.data.update('Action', done!.Id, { Description: 'Done and edited' });
    const log = queryLog();

    const report = await syncAt(world, world.clock.now(), { fetch: log.fetch });

    expect(report.counts.Action).toEqual({ added: 0, changed: 1, removed: 1, deletionCheck: 'none' });
    const db = await world.store.activeDatabase();
    expect(await db!.get('Action', leaving.Id)).toBeUndefined();
    expect(await db!.get('Action', done!.Id)).toBeUndefined();
    expect(await db!.get('Action', staying.Id)).toMatchObject({ Description: 'Still open' });
    expect(await localIds(world, 'Action')).toEqual(
      expectedRecords(world.simulator, 'Action')
        .map((r) => r.Id)
        .sort(),
    );
    // No Id listing ran, and the changes query did not carry the preset's criteria (which would hide the exit).
    expect(log.kinds().filter((k) => k.startsWith('ids'))).toEqual([]);
    expect(log.bodies('records Action').length).toBeGreaterThan(0);
    for (const body of log.bodies('records Action')) expect(body).not.toContain('Done');
  });

  it('finds hard deletions by the slice rotation before the full listing is due, and not on a run where neither covers them', async () => {
    const world = await syncedWorld();
    const ids = await localIds(world, 'Account');
    const n = ids.length;
    expect(n).toBeGreaterThan(ID_PAGE + 1);
    const [lowest, highest] = [ids[0], ids[n - 1]];
    world.clock.advance(MINUTE);
    world.simulator.data.delete('Account', lowest);
    world.simulator.data.delete('Account', highest);

    // An hour later: too early for a slice of this type (worth less than a page), long before the listing.
    const early = await syncAt(world, world.syncedAt + HOUR);
    expect(early.counts.Account).toMatchObject({ removed: 0, deletionCheck: 'none' });
    expect(await localIds(world, 'Account')).toContain(lowest);

    // Time worth a page of Ids (two rotations a day): the first slice, from the lowest Id up, finds one delete.
    const pageWorthMs = Math.ceil(((ID_PAGE / n) * 24 * HOUR) / 2) + MINUTE;
    const log = queryLog();
    const sliced = await syncAt(world, world.syncedAt + pageWorthMs, { fetch: log.fetch });
    expect(sliced.counts.Account).toMatchObject({ removed: 1, deletionCheck: 'slice' });
    expect(await localIds(world, 'Account')).not.toContain(lowest);
    expect(await localIds(world, 'Account')).toContain(highest);
    // The slice is an Id listing bounded by Id, and it is not the whole listing.
    // The slice is an Id listing bounded by Id (the wire profile names fields in a searchspec attribute),
    // then one query by Id confirms the candidate before it goes.
    const listings = log.bodies('ids Account');
    expect(listings).toHaveLength(2);
    expect(listings[0]).toMatch(/\[Id\] &lt;= /);
    expect(listings[1]).toContain(`[Id] = &apos;${lowest}&apos;`);

    // The next slice goes on from there to the highest Id (one Id fewer: a little more time for a page).
    const next = await syncAt(world, world.syncedAt + 2 * pageWorthMs + HOUR);
    expect(next.counts.Account).toMatchObject({ removed: 1, deletionCheck: 'slice' });
    expect(await localIds(world, 'Account')).toEqual(
      expectedRecords(world.simulator, 'Account')
        .map((r) => r.Id)
        .sort(),
    );
  });

  it('finds a deletion no slice reached with the full listing, due deletionCheckHours after the initial sync', async () => {
    const world = await syncedWorld();
    const ids = await localIds(world, 'Account');
    const highest = ids[ids.length - 1];
    world.clock.advance(MINUTE);
    world.simulator.data.delete('Account', highest);

    const early = await syncAt(world, world.syncedAt + HOUR);
    expect(early.counts.Account).toMatchObject({ removed: 0, deletionCheck: 'none' });
    expect(await localIds(world, 'Account')).toContain(highest);

    const due = await syncAt(world, world.syncedAt + 24 * HOUR);
    for (const typeId of TYPES) expect(due.counts[typeId].deletionCheck).toBe('full');
    expect(due.counts.Account.removed).toBe(1);
    expect(await localIds(world, 'Account')).not.toContain(highest);
    // The listing restarted the schedule: an hour later nothing is listed again.
    expect((await syncAt(world, world.syncedAt + 25 * HOUR)).counts.Account.deletionCheck).toBe('none');
  });

  it('removes records that left a time-relative filter (today) with the listing, since no change of theirs comes back', async () => {
    const world = await createWorld();
    world.clock.advance(HOUR);
    const syncedAt = world.clock.now();
    const upcoming = (atMs: number) => {
      const day = new Date(atMs);
      const today = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
      return [...world.simulator.data.list('Action', 'JSMITH')]
        .filter((r) => siebelMs(r.Planned) >= today)
        .map((r) => r.Id)
        .sort();
    };
    const options = { connection: world.connection(), filterPreset: '#preset_upcoming_activities' };
    expect((await world.engine().synchronize(options)).outcome).toBe('succeeded');
    const later = syncedAt + 2 * 24 * HOUR;
    // Activities planned for the first day or the next one: in the filter then, out of it two days later.
    const leaving = upcoming(syncedAt).filter((id) => !upcoming(later).includes(id));
    expect(leaving.length).toBeGreaterThan(0);

    world.clock.time = later;
    const report = await world.engine().synchronize(options);
    expect(report.counts.Action).toMatchObject({ removed: leaving.length, deletionCheck: 'full' });
    expect(await localIds(world, 'Action')).toEqual(upcoming(later));
  });

  it('keeps the full listing on every run with deletionCheckHours 0 in the deployment file', async () => {
    const world = await syncedWorld();
    const [deleted] = expectedRecords(world.simulator, 'Contact');
    world.clock.advance(MINUTE);
    world.simulator.data.delete('Contact', deleted.Id);
    const engine = withDeployment(
      world.engine(),
      parseDeployment({ sync: { deletionCheckHours: 0 } }, 'deployment.json'),
    );
    for (let run = 0; run < 2; run++) {
      world.clock.advance(HOUR);
      const report = await engine.synchronize({ connection: world.connection() });
      expect(report).toMatchObject({ kind: 'incremental', outcome: 'succeeded' });
      for (const typeId of TYPES) expect(report.counts[typeId].deletionCheck).toBe('full');
      expect(report.counts.Contact.removed).toBe(run === 0 ? 1 : 0);
    }
    expect(await localIds(world, 'Contact')).toEqual(
      expectedRecords(world.simulator, 'Contact')
        .map((r) => r.Id)
        .sort(),
    );
  });

  it('sends a number of QueryPage requests that follows the changes, not the data set', async () => {
    const calls: number[] = [];
    const synced: number[] = [];
    const listedEveryRun: number[] = [];
    for (const accounts of [SMALL_DATA.accounts, SMALL_DATA.accounts * 5]) {
      const world = await syncedWorld({ ...SMALL_DATA, accounts });
      const [changed] = expectedRecords(world.simulator, 'Account');
      // Half an hour, a rep's usual interval: not worth a slice of even the larger data set's
      // 120 contacts (5 Ids at two rotations a day). The slices' cost is the rotation's, spread
      // over the runs: one Id page per page of data per 12 hours (deletionSchedule.test.ts, unit).
      world.clock.advance(HOUR / 2);
      world.simulator.data.update('Account', changed.Id, { Name: 'Renamed' });
      const before = queryPageCalls(world);
      const report = await syncAt(world, world.clock.now());
      calls.push(queryPageCalls(world) - before);
      synced.push(Object.keys(report.counts).length);
      expect(report.counts.Account.changed).toBe(1);
      // Today's behaviour for contrast: the listing's requests grow with the data.
      world.clock.advance(HOUR);
      const listed = queryPageCalls(world);
      await world.engine().synchronize({ connection: world.connection(), deletionCheckHours: 0 });
      listedEveryRun.push(queryPageCalls(world) - listed);
    }
    // One changes page per synchronized type and the run's server-clock question, whatever the size.
    expect(synced[0]).toBeGreaterThanOrEqual(TYPES.length);
    expect(calls).toEqual([synced[0] + 1, synced[0] + 1]);
    expect(listedEveryRun[1]).toBeGreaterThan(listedEveryRun[0]);
    expect(listedEveryRun[1]).toBeGreaterThan(5 * calls[1]);
  });
});
