import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_WIRE_PROFILE } from '../../../src/siebel';
import { openStore, type Store } from '../../../src/store';
import { createSyncEngine } from '../../../src/sync';
import { accounts, FakeSiebel, isClockProbe } from './support/FakeSiebel';
import { packageFiles } from './support/packageFiles';
import { RecordingClock } from './support/RecordingClock';

const HOUR = 60 * 60 * 1000;
const stores: Store[] = [];
let counter = 0;

/** The newest stamp of the data (naive server ms), and the watermark a quick download leaves. */
const NEWEST = Date.UTC(2024, 2, 1, 12, 0, 0);

async function syncedOnce(serverTimeFunction: string | null = 'Timestamp()') {
  const store = await openStore({ namePrefix: `clockStep-${counter++}-` });
  stores.push(store);
  const siebel = new FakeSiebel(packageFiles('sales-rep'));
  siebel.set('CRMDesktopAccountIO', [...accounts(6, '03/01/2024 09:00:00'), ...accounts(1, '03/01/2024 12:00:00', 6)]);
  const engine = createSyncEngine({
    store,
    clock: new RecordingClock(),
    random: () => 0.5,
    locks: null,
    openSession: () => siebel.port(),
    tuning: { pageSize: 50, idPageSize: 50, flushEvery: 50, progressIntervalMs: 100 },
  });
  const connection = {
    endpointUrl: 'http://siebel.test/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1',
    userName: 'JSMITH',
    password: 'Welcome1',
    wireProfile: { ...DEFAULT_WIRE_PROFILE, maximumSessions: 1, serverTimeFunction },
  };
  const run = async () => {
    siebel.queries.length = 0;
    const report = await engine.synchronize({ connection });
    expect(report.outcome).toBe('succeeded');
    return siebel.queries.filter(isClockProbe).map((q) => q.searchSpec);
  };
  const watermark = async () => (await (await store.activeDatabase())?.syncState())?.watermarks.Account;
  return { siebel, run, watermark };
}

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

describe('the server-clock check at the end of a run', () => {
  it('asks one question when the server clock is past the watermark, and keeps the watermark', async () => {
    const { siebel, run, watermark } = await syncedOnce();
    siebel.serverNowMs = NEWEST + HOUR;
    const probes = await run();
    // The newest record: it comes back if the server's now is at most the watermark less the overlap and a second.
    expect(probes).toEqual(["([Account.Id] = 'A0006') AND ([Account.Updated] >= Timestamp() + 0.003483)"]);
    expect(await watermark()).toBe('03/01/2024 12:00:00');
  });

  it('lowers the watermarks below the server’s now when its clock stepped back, nearest distance first', async () => {
    const { siebel, run, watermark } = await syncedOnce();
    // Two hours behind its own newest stamp: before the watermark less 15 min and 1 h, after it less 4 h.
    siebel.serverNowMs = NEWEST - 2 * HOUR;
    expect(await run()).toHaveLength(4);
    expect(await watermark()).toBe('03/01/2024 08:00:00');
    // The next run asks from there; while the newest stamp is still ahead of the server, each run
    // finds the step again (a few questions and records asked twice: the price of missing none)…
    expect(await run()).toHaveLength(4);
    expect(await watermark()).toBe('03/01/2024 08:00:00');
    // …until the server's clock has passed it.
    siebel.serverNowMs = NEWEST + HOUR;
    expect(await run()).toHaveLength(1);
    expect(await watermark()).toBe('03/01/2024 12:00:00');
  });

  it('drops the watermarks to the epoch when the clock stepped back beyond every distance asked', async () => {
    const { siebel, run, watermark } = await syncedOnce();
    siebel.serverNowMs = NEWEST - 90 * 24 * HOUR;
    expect((await run()).length).toBeGreaterThan(1);
    expect(await watermark()).toBe('01/01/1970 00:00:00');
  });

  it('keeps the watermarks when the question fails: the check is a safeguard, not a step of the run', async () => {
    const { siebel, run, watermark } = await syncedOnce();
    siebel.serverNowMs = NEWEST - 2 * HOUR;
    siebel.beforeQuery = (request) => {
      if (isClockProbe(request)) throw new Error('the server refused the search specification');
    };
    expect(await run()).toHaveLength(1);
    expect(await watermark()).toBe('03/01/2024 12:00:00');
  });

  it('asks nothing for a deployment whose query language has no server time function', async () => {
    const { siebel, run, watermark } = await syncedOnce(null);
    siebel.serverNowMs = NEWEST - 2 * HOUR;
    expect(await run()).toEqual([]);
    expect(await watermark()).toBe('03/01/2024 12:00:00');
  });
});
