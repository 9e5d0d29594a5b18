import 'fake-indexeddb/auto';
import { http, type RequestHandler } from 'msw';
import { createSimulator, type Simulator, type SimulatorOptions } from '../../../src/simulator';
import type { Store } from '../../../src/store';
import { createSyncEngine, type SyncConnection, type SyncEngine } from '../../../src/sync';
import type { SyncEngineOptions } from '../../../src/sync/createSyncEngine';
import {
  BASE_URL,
  ENDPOINT,
  ONE_SESSION,
  openTestStore,
  serveSimulator,
  SharedClock,
  SMALL_DATA,
  useHandlers,
  useSyncWorld,
} from '../../integration/support/syncHarness';

/** The tuning of every fault run: small pages so a sync of the small data set has many calls. */
export const FAULT_TUNING = { pageSize: 7, idPageSize: 10, flushEvery: 14, progressIntervalMs: 0 } as const;

/** One hour: seed stamps lie before the simulator's start, an hour later they are outside the overlap. */
export const HOUR = 60 * 60 * 1000;

/** Everything a fault test works with. */
export interface FaultWorld {
  readonly simulator: Simulator;
  readonly store: Store;
  /** Shared by engine and simulator (unless the case gave the simulator its own clock): retry sleeps return at once. */
  readonly clock: SharedClock;
  /** Every session token the simulator issued, in order (its `tokenGenerator`). */
  readonly tokens: readonly string[];
  engine(options?: Partial<SyncEngineOptions>): SyncEngine;
  /** A connection as JSMITH; `timeoutMs` reaches the Siebel session through the engine's connection spread. */
  connection(extra?: { password?: string; timeoutMs?: number; maxResponseBytes?: number }): SyncConnection;
  /** Puts handlers in front of the simulator's (e.g. one that rewrites its answers). */
  use(...handlers: RequestHandler[]): void;
}

/** Registers msw (unhandled requests fail) and per-test cleanup for the calling file: the integration harness's. */
export const useFaultWorld: () => void = useSyncWorld;

/** A fresh simulator (small data set) behind msw, a fresh store and a shared clock. */
export async function createFaultWorld(options: SimulatorOptions = {}): Promise<FaultWorld> {
  const clock = new SharedClock();
  const tokens: string[] = [];
  const simulator = createSimulator({
    clock,
    random: () => 0.5,
    tokenGenerator: () => {
      // Long, unique and unguessable-looking, so a search for it cannot match by accident.
      const token = `tok${tokens.length + 1}-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
      tokens.push(token);
      return token;
    },
    data: SMALL_DATA,
    ...options,
  });
  serveSimulator(simulator, BASE_URL);
  const store = await openTestStore('faults-', clock);
  return {
    simulator,
    store,
    clock,
    tokens,
    engine: (extra = {}) =>
      createSyncEngine({ store, clock, random: () => 0.5, locks: null, tuning: FAULT_TUNING, ...extra }),
    // One session: each case injects its faults into the calls of one session (ONE_SESSION).
    connection: (extra = {}) => ({
      endpointUrl: ENDPOINT,
      userName: 'JSMITH',
      password: 'Welcome1',
      wireProfile: ONE_SESSION,
      ...extra,
    }),
    use: useHandlers,
  };
}

/**
 * An msw handler for `operation` (e.g. `ContactQueryPage`) that lets the simulator answer and
 * rewrites the XML of its answer with `rewrite`, for answers the simulator cannot produce itself.
 */
export function rewritingHandler(
  simulator: Simulator,
  operation: string,
  rewrite: (xml: string) => string,
  options: { times?: number } = {},
): RequestHandler {
  let left = options.times ?? Number.POSITIVE_INFINITY;
  return http.post(`${BASE_URL}/siebel/app/eai/:lang/swe`, async ({ request }) => {
    const body = await request.clone().text();
    if (left <= 0 || !body.includes(`${operation}_Input`)) return undefined;
    left--;
    const answer = await simulator.handle(request);
    return new Response(rewrite(await answer.text()), { status: answer.status, headers: answer.headers });
  });
}
