import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AddinError } from '../../../src/shared';
import { DEFAULT_WIRE_PROFILE, TransportError } from '../../../src/siebel';
import { openStore, type Store } from '../../../src/store';
import { createSyncEngine, SyncAlreadyRunningError, type SyncEngine, type SyncProgress } from '../../../src/sync';
import { DEFAULT_TUNING } from '../../../src/sync/ports';
import { accounts, FakeSiebel, isClockProbe } from './support/FakeSiebel';
import { packageFiles } from './support/packageFiles';
import { RecordingClock } from './support/RecordingClock';

// One session (maximumSessions 1): these tests pin the serial pipeline's requests; several sessions
// are tested in parallelSessions.test.ts.
const connection = {
  endpointUrl: 'http://siebel.test/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1',
  userName: 'JSMITH',
  password: 'Welcome1',
  wireProfile: { ...DEFAULT_WIRE_PROFILE, maximumSessions: 1 },
};
const stores: Store[] = [];
let counter = 0;

async function setup(options: { flushEvery?: number; pageSize?: number } = {}) {
  const store = await openStore({ namePrefix: `runSync-${counter++}-` });
  stores.push(store);
  const siebel = new FakeSiebel(packageFiles('sales-rep'));
  const clock = new RecordingClock();
  const engine: SyncEngine = createSyncEngine({
    store,
    clock,
    random: () => 0.5,
    locks: null,
    openSession: () => siebel.port(),
    tuning: {
      pageSize: options.pageSize ?? 3,
      idPageSize: 5,
      flushEvery: options.flushEvery ?? 6,
      progressIntervalMs: 100,
    },
  });
  return { store, siebel, clock, engine };
}

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

/** An add-in error as an abort reason, as the ribbon's time budget aborts its run. */
class SyncTimeLimit extends AddinError {
  constructor() {
    super('Timeout', 'the time limit of the test ran out — press Sync again');
  }
}

describe('runSync (fake Siebel, real store)', () => {
  it('downloads every record into a new database, activates it and logs off', async () => {
    const { store, siebel, engine } = await setup();
    siebel.set('CRMDesktopAccountIO', accounts(10));
    const report = await engine.synchronize({ connection });
    expect(report).toMatchObject({
      kind: 'initial',
      reason: 'firstUse',
      outcome: 'succeeded',
      packageId: 'PKG-1',
      hashValue: 'HASH-1',
      sessions: { opened: 1, closed: 1 },
    });
    expect(report.counts.Account).toEqual({ added: 10, changed: 0, removed: 0 });
    const db = await store.activeDatabase();
    expect(await db?.count('Account')).toBe(10);
    expect(await db?.get('Account', 'A0003')).toMatchObject({
      Id: 'A0003',
      Name: 'Account 3',
      Updated: '2024-01-01T00:00:00',
    });
    expect(siebel.metadataRequests[0]).toEqual({ packageId: '', responsibilityId: '', hashValue: '' });
    const [log] = await store.listSyncLog(1);
    expect(log).toMatchObject({ kind: 'initial', outcome: 'succeeded' });
  });

  it('queries pages sorted by Id with the default preset filter and the object view mode', async () => {
    const { siebel, engine } = await setup();
    await engine.synchronize({ connection });
    const opportunity = siebel.queries.find((q) => q.intObjName === 'CRMDesktopOpportunityIO');
    expect(opportunity).toMatchObject({
      sortSpec: 'Id',
      startRowNum: 0,
      newQuery: true,
      recordElemName: 'Opportunity',
    });
    expect(opportunity?.searchSpec).toBe(
      "[Opportunity.Sales Stage] <> '07 - Closed/Won' AND [Opportunity.Sales Stage] <> '08 - Closed/Lost'",
    );
    expect(opportunity?.viewMode).not.toBe('');
  });

  it('downloads only changes since the newest server stamp of the last run minus the overlap, counts them, and removes deleted records', async () => {
    const { store, siebel, engine, clock } = await setup();
    // The server's stamps are two months before the client's clock: only the server's matter.
    siebel.set('CRMDesktopAccountIO', [...accounts(7), ...accounts(1, '01/05/2024 08:00:00', 7)]);
    await engine.synchronize({ connection });
    clock.time += 60 * 60 * 1000;
    const current = accounts(8).filter((r) => r.Id !== 'A0002');
    current[0] = { ...current[0], Name: 'Renamed', Updated: '03/01/2024 12:30:00' };
    siebel.set('CRMDesktopAccountIO', [...current, ...accounts(1, '03/01/2024 12:40:00', 50)]);
    siebel.queries.length = 0;
    // The full Id listing on every run (deletionCheckHours 0): what this test looks at.
    const report = await engine.synchronize({ connection, deletionCheckHours: 0 });
    expect(report).toMatchObject({ kind: 'incremental', outcome: 'succeeded' });
    expect(report.counts.Account).toEqual({ added: 1, changed: 1, removed: 1, deletionCheck: 'full' });
    expect(DEFAULT_TUNING.incrementalOverlapMs).toBe(5 * 60 * 1000);
    // …or changed, by the server's own clock, since the last download began an hour ago, plus the overlap (65 min in days).
    expect(siebel.queries.find((q) => q.intObjName === 'CRMDesktopAccountIO')?.searchSpec).toBe(
      "([Account.Updated] >= '01/05/2024 07:55:00') OR ([Account.Updated] >= Timestamp() - 0.045139)",
    );
    expect(
      siebel.queries
        .filter((q) => q.fields.length === 1 && !isClockProbe(q))
        .every((q) => q.fields[0] === 'Id' && q.pageSize === 5),
    ).toBe(true);
    expect(siebel.metadataRequests[1]).toEqual({ packageId: 'PKG-1', responsibilityId: 'RESP-1', hashValue: 'HASH-1' });
    const db = await store.activeDatabase();
    expect(await db?.get('Account', 'A0002')).toBeUndefined();
    expect(await db?.get('Account', 'A0000')).toMatchObject({ Name: 'Renamed' });
    expect(await db?.count('Account')).toBe(8);
  });

  it('does not count or rewrite records that the overlap window returns unchanged', async () => {
    const { siebel, engine, clock } = await setup();
    // Stamped two minutes before the first run: inside the 5-minute overlap of the next run.
    siebel.set('CRMDesktopAccountIO', accounts(5, '03/01/2024 11:58:00'));
    await engine.synchronize({ connection });
    clock.time += 60_000;
    siebel.set('CRMDesktopAccountIO', [
      ...accounts(4, '03/01/2024 11:58:00'),
      { ...accounts(1, '03/01/2024 12:00:30', 4)[0], Name: 'Edited' },
    ]);
    const report = await engine.synchronize({ connection });
    expect(
      siebel.queries.filter((q) => q.intObjName === 'CRMDesktopAccountIO' && q.fields.length > 1).length,
    ).toBeGreaterThan(0);
    expect(report.counts.Account).toMatchObject({ added: 0, changed: 1, removed: 0 });
  });

  it('resumes an interrupted initial download from the last written batch with no duplicate and no gap', async () => {
    const reference = await setup({ pageSize: 3, flushEvery: 6 });
    reference.siebel.set('CRMDesktopAccountIO', accounts(20));
    await reference.engine.synchronize({ connection });
    const expected = await (await reference.store.activeDatabase())?.checksum();

    const { store, siebel, engine } = await setup({ pageSize: 3, flushEvery: 6 });
    siebel.set('CRMDesktopAccountIO', accounts(20));
    const controller = new AbortController();
    siebel.beforeQuery = (request) => {
      // Stop in the middle of the third batch (rows 12–17): rows 0–11 are written.
      if (request.intObjName === 'CRMDesktopAccountIO' && request.startRowNum === 15)
        controller.abort(new Error('user cancelled'));
    };
    const cancelled = await engine.synchronize({ connection, signal: controller.signal });
    expect(cancelled).toMatchObject({
      outcome: 'cancelled',
      error: { code: 'SyncCancelled' },
      sessions: { opened: 1, closed: 1 },
    });
    expect(await store.activeDatabase()).toBeNull();
    const [staging] = await store.listStagingDatabases();
    await expect((await store.openDatabase(staging.name)).checkpoint('Account')).resolves.toMatchObject({
      startRowNum: 12,
      done: false,
    });

    siebel.beforeQuery = () => undefined;
    siebel.queries.length = 0;
    const resumed = await engine.synchronize({ connection });
    expect(resumed).toMatchObject({ outcome: 'succeeded', kind: 'initial' });
    expect(resumed.counts.Account.added).toBe(20);
    const accountQueries = siebel.queries.filter((q) => q.intObjName === 'CRMDesktopAccountIO');
    expect(accountQueries[0]).toMatchObject({ startRowNum: 12, newQuery: true });
    const db = await store.activeDatabase();
    expect(db?.name).toBe(staging.name);
    expect(await db?.checksum()).toBe(expected);
  });

  it('logs off with a fresh signal, not the aborted one, when cancelled', async () => {
    const { siebel, engine } = await setup();
    const controller = new AbortController();
    siebel.beforeQuery = () => controller.abort(new Error('stop'));
    await engine.synchronize({ connection, signal: controller.signal });
    expect(siebel.logoffSignals).toHaveLength(1);
    expect(siebel.logoffSignals[0]).not.toBe(controller.signal);
    expect(siebel.logoffSignals[0]?.aborted).toBe(false);
  });

  it('tells in the report and the log why a run was stopped when the signal names an add-in error (a time limit), and says "cancelled" otherwise', async () => {
    const { store, siebel, engine } = await setup();
    const controller = new AbortController();
    siebel.beforeQuery = () => controller.abort(new SyncTimeLimit());
    const stopped = await engine.synchronize({ connection, signal: controller.signal });
    expect(stopped).toMatchObject({ outcome: 'cancelled', error: { code: 'SyncCancelled' } });
    expect(stopped.error?.message).toMatch(/stopped, the records written so far are kept: .*time limit of the test/);
    expect((await store.listSyncLog(1))[0].error?.message).toBe(stopped.error?.message);

    const plain = new AbortController();
    siebel.beforeQuery = () => plain.abort(new Error('stop'));
    expect((await engine.synchronize({ connection, signal: plain.signal })).error?.message).toMatch(
      /^The synchronization was cancelled/,
    );
  });

  it('retries a transient failure after 1 s and 2 s on the injected clock, then goes on', async () => {
    const { store, siebel, engine, clock } = await setup();
    siebel.set('CRMDesktopAccountIO', accounts(4));
    let failures = 2;
    siebel.beforeQuery = (request) => {
      if (request.intObjName === 'CRMDesktopAccountIO' && request.startRowNum === 3 && failures-- > 0) {
        throw new TransportError({
          code: 'HttpStatus',
          status: 503,
          operation: 'QueryPage',
          url: 'http://siebel.test/',
        });
      }
    };
    const report = await engine.synchronize({ connection });
    expect(report.outcome).toBe('succeeded');
    expect(clock.sleeps).toEqual([1000, 2000]);
    const retried = siebel.queries.filter((q) => q.intObjName === 'CRMDesktopAccountIO' && q.startRowNum === 3);
    expect(retried.map((q) => q.newQuery)).toEqual([false, true, true]);
    expect(await (await store.activeDatabase())?.count('Account')).toBe(4);
  });

  it('stops after three retries of a transient failure and reports it', async () => {
    const { siebel, engine, clock } = await setup();
    siebel.beforeQuery = () => {
      throw new TransportError({ code: 'Network', operation: 'QueryPage', url: 'http://siebel.test/' });
    };
    const report = await engine.synchronize({ connection });
    expect(report).toMatchObject({ outcome: 'failed', error: { code: 'Network' }, sessions: { opened: 1, closed: 1 } });
    expect(clock.sleeps).toEqual([1000, 2000, 4000]);
  });

  it('records a record that cannot be mapped as an issue and stores the rest', async () => {
    const { store, siebel, engine } = await setup();
    const records = accounts(4);
    records[1] = { ...records[1], Updated: 'yesterday' };
    siebel.set('CRMDesktopAccountIO', records);
    const report = await engine.synchronize({ connection });
    expect(report.outcome).toBe('succeeded');
    expect(report.issues).toEqual([
      { typeId: 'Account', recordId: 'A0001', message: expect.stringContaining('"yesterday"') },
    ]);
    expect(await (await store.activeDatabase())?.count('Account')).toBe(3);
    expect((await store.listSyncLog(1))[0].issues).toHaveLength(1);
  });

  it('ends failed with the error, logs off and leaves no active database after a stopping failure', async () => {
    const { store, siebel, engine } = await setup();
    siebel.beforeQuery = () => {
      throw Object.assign(new Error('Storage is full: the database — free some disk space'), { code: 'StorageFull' });
    };
    const report = await engine.synchronize({ connection });
    expect(report).toMatchObject({
      outcome: 'failed',
      error: { code: 'StorageFull' },
      sessions: { opened: 1, closed: 1 },
    });
    expect(await store.activeDatabase()).toBeNull();
    expect((await store.listSyncLog(1))[0]).toMatchObject({ outcome: 'failed', error: { code: 'StorageFull' } });
  });

  it('refuses a second synchronization while one runs', async () => {
    const { siebel, engine } = await setup();
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    siebel.beforeQuery = () => blocked;
    const first = engine.synchronize({ connection });
    await expect(engine.synchronize({ connection })).rejects.toBeInstanceOf(SyncAlreadyRunningError);
    expect((await engine.status()).running).toBe(true);
    release();
    expect((await first).outcome).toBe('succeeded');
    expect((await engine.status()).running).toBe(false);
  });

  it('reports progress throttled by the interval and always the final numbers', async () => {
    const { siebel, engine } = await setup({ pageSize: 2, flushEvery: 2 });
    siebel.set('CRMDesktopAccountIO', accounts(9));
    const seen: SyncProgress[] = [];
    await engine.synchronize({ connection, onProgress: (p) => seen.push(p) });
    const account = seen.filter((p) => p.typeId === 'Account' && p.phase === 'downloading');
    expect(account.at(-1)).toMatchObject({ recordsWritten: 9, pages: 5, recordsExpected: 9 });
    // The clock does not move during the download, so only the first report of the type and the final one pass.
    expect(account.length).toBeLessThanOrEqual(3);
    expect(seen.at(-1)?.phase).toBe('done');
  });
});

describe('runSync when the store cannot be read', () => {
  it('resolves with a failed report carrying the store error and opens no session', async () => {
    const { store, siebel } = await setup();
    const broken = {
      ...store,
      activeDatabase: async () =>
        Promise.reject(
          Object.assign(
            new Error('Reading the local CRM directory failed: crm-directory — close other Outlook windows and retry'),
            { code: 'Store' },
          ),
        ),
    };
    const engine = createSyncEngine({
      store: broken,
      clock: new RecordingClock(),
      locks: null,
      openSession: () => siebel.port(),
    });
    const report = await engine.synchronize({ connection });
    expect(report).toMatchObject({
      outcome: 'failed',
      kind: null,
      error: { code: 'Store' },
      sessions: { opened: 0, closed: 0 },
    });
    expect(siebel.opened).toBe(0);
  });
});
