import 'fake-indexeddb/auto';
import type { RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createSimulator, type Simulator, type SimulatorOptions } from '../../../src/simulator';
import { DEFAULT_WIRE_PROFILE, type WireProfile } from '../../../src/siebel';
import { openStore, type Store } from '../../../src/store';
import { setLogSink } from '../../../src/shared';
import { createSyncEngine, type SyncEngine } from '../../../src/sync';
import type { SyncEngineOptions } from '../../../src/sync/createSyncEngine';
import type { LocalContext } from '../../../src/sync/local/types';
import { parsePackage } from '../../../src/metadata';
import { simulatorHandlers } from '../../support/simulatorMsw';

/** Base URLs the msw handlers answer (two names of one server, for the URL-change case); nothing leaves the process. */
export const BASE_URL = 'https://siebel.test';
/** The EAI endpoint of the simulated server. */
export const ENDPOINT = `${BASE_URL}/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1`;
export const OTHER_BASE_URL = 'https://siebel-b.test';
export const OTHER_ENDPOINT = `${OTHER_BASE_URL}/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1`;

/**
 * One clock for the simulator and the engine, moved by hand: record stamps and the engine's
 * "since" agree, and retry sleeps return at once (time jumps instead), so no test waits.
 */
export class SharedClock {
  readonly sleeps: number[] = [];

  constructor(public time = Date.UTC(2024, 5, 3, 9, 0, 0)) {}

  now = (): number => this.time;

  sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    signal?.throwIfAborted();
    this.sleeps.push(ms);
    this.time += ms;
  };

  advance(ms: number): void {
    this.time += ms;
  }
}

/** Everything one integration test works with. */
export interface SyncWorld {
  readonly simulator: Simulator;
  readonly store: Store;
  readonly clock: SharedClock;
  engine(options?: Partial<SyncEngineOptions>): SyncEngine;
  /** As JSMITH (by default) with {@link ONE_SESSION}; tests of several sessions pass their own `wireProfile`. */
  connection(
    userName?: string,
    endpointUrl?: string,
  ): { endpointUrl: string; userName: string; password: string; wireProfile: WireProfile };
}

/**
 * The default wire profile with one session (`maximumSessions: 1`): the tests written before
 * sessions were pooled count requests, sessions and injected faults of one session, pages in
 * order. Several sessions are tested in parallelSessions.test.ts.
 */
export const ONE_SESSION: WireProfile = Object.freeze({ ...DEFAULT_WIRE_PROFILE, maximumSessions: 1 });

/** The small data set every sync test runs against (seeded, so runs are repeatable). */
export const SMALL_DATA = {
  accounts: 12,
  contactsPerAccount: 2,
  opportunitiesPerAccount: 1,
  activitiesPerAccount: 2,
  seed: 7,
} as const;

const server = setupServer();
let simulators: Simulator[] = [];
const stores: Store[] = [];
let counter = 0;

/** Registers msw (unhandled requests fail the test) and per-test cleanup for the calling file. */
export function useSyncWorld(): void {
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
    // The siebel layer logs one line per call; keep test output readable.
    setLogSink(() => undefined);
  });
  afterEach(() => {
    server.resetHandlers();
    for (const store of stores.splice(0)) store.close();
    for (const simulator of simulators) simulator.close();
    simulators = [];
  });
  afterAll(() => server.close());
}

/** Puts `simulator` behind msw at each base URL; the per-test cleanup of {@link useSyncWorld} closes it. */
export function serveSimulator(simulator: Simulator, ...baseUrls: string[]): void {
  simulators.push(simulator);
  server.use(...baseUrls.flatMap((baseUrl) => simulatorHandlers(simulator, baseUrl)));
}

/** Puts handlers in front of those already registered, for the current test only. */
export function useHandlers(...handlers: RequestHandler[]): void {
  server.use(...handlers);
}

/** A fresh store named `<prefix><pid>-<n>-`; the per-test cleanup of {@link useSyncWorld} closes it. */
export async function openTestStore(prefix: string, clock: SharedClock): Promise<Store> {
  const store = await openStore({ namePrefix: `${prefix}${process.pid}-${counter++}-`, clock });
  stores.push(store);
  return store;
}

/** A fresh simulator (small data set) behind msw, a fresh store and a shared clock. */
export async function createWorld(options: SimulatorOptions = {}): Promise<SyncWorld> {
  const clock = new SharedClock();
  const simulator = createSimulator({ clock, random: () => 0.5, data: SMALL_DATA, ...options });
  serveSimulator(simulator, BASE_URL, OTHER_BASE_URL);
  const store = await openTestStore('it-', clock);
  return {
    simulator,
    store,
    clock,
    engine: (extra = {}) =>
      createSyncEngine({
        store,
        clock,
        random: () => 0.5,
        locks: null,
        tuning: { pageSize: 7, idPageSize: 10, flushEvery: 14 },
        ...extra,
      }),
    connection: (userName = 'JSMITH', endpointUrl = ENDPOINT) => ({
      endpointUrl,
      userName,
      password: 'Welcome1',
      wireProfile: ONE_SESSION,
    }),
  };
}

/**
 * Records of a type that the user's default preset keeps: sales-rep (JSMITH) keeps open
 * opportunities and activities not done; sales-manager (MJONES) keeps opportunities with a win
 * probability of at least 50.
 */
export function presetFilter(
  typeId: string,
  userName = 'JSMITH',
): (record: Readonly<Record<string, string>>) => boolean {
  if (userName === 'MJONES') {
    return typeId === 'Opportunity' ? (r) => Number(r['Primary Revenue Win Probability']) >= 50 : () => true;
  }
  if (typeId === 'Opportunity')
    return (r) => r['Sales Stage'] !== '07 - Closed/Won' && r['Sales Stage'] !== '08 - Closed/Lost';
  if (typeId === 'Action') return (r) => r.Status !== 'Done';
  return () => true;
}

/** What the server would send a user for a type under the default preset. */
export function expectedRecords(simulator: Simulator, typeId: string, userName = 'JSMITH') {
  return [...simulator.data.list(typeId, userName)].filter(presetFilter(typeId, userName));
}

/** The synchronized types of the sample packages, in sync order. */
export const TYPES = ['Account', 'Contact', 'Opportunity', 'Action'] as const;

/** What the task pane's edits work on (`updateRecord` and friends): the active database and its package, on the world's clock. */
export async function localContext(world: SyncWorld): Promise<LocalContext & { now: () => number }> {
  const db = await world.store.activeDatabase();
  if (!db) throw new Error('no active database: synchronize first');
  return { db, pkg: await parsePackage((await db.installedPackage()).files), now: world.clock.now };
}
