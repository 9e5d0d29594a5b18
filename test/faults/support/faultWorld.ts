import 'fake-indexeddb/auto';
import { http, type RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createSimulator, type Simulator, type SimulatorOptions } from '../../../src/simulator';
import { openStore, type Store } from '../../../src/store';
import { setLogSink } from '../../../src/shared';
import { createSyncEngine, type SyncConnection, type SyncEngine, type SyncEngineOptions } from '../../../src/sync';
import { simulatorHandlers } from '../../support/simulatorMsw';
import { BASE_URL, ENDPOINT, SharedClock } from '../../integration/support/syncHarness';

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

const server = setupServer();
const stores: Store[] = [];
let simulators: Simulator[] = [];
let counter = 0;

/** Registers msw (unhandled requests fail) and per-test cleanup for the calling file. */
export function useFaultWorld(): void {
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
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
    data: { accounts: 12, contactsPerAccount: 2, opportunitiesPerAccount: 1, activitiesPerAccount: 2, seed: 7 },
    ...options,
  });
  simulators.push(simulator);
  server.use(...simulatorHandlers(simulator, BASE_URL));
  const store = await openStore({ namePrefix: `faults-${process.pid}-${counter++}-`, clock });
  stores.push(store);
  return {
    simulator,
    store,
    clock,
    tokens,
    engine: (extra = {}) => createSyncEngine({ store, clock, random: () => 0.5, locks: null, tuning: FAULT_TUNING, ...extra }),
    connection: (extra = {}) => ({ endpointUrl: ENDPOINT, userName: 'JSMITH', password: 'Welcome1', ...extra }),
    use: (...handlers) => server.use(...handlers),
  };
}

/**
 * An msw handler for `operation` (e.g. `ContactQueryPage`) that lets the simulator answer and
 * rewrites the XML of its answer with `rewrite`, for answers the simulator cannot produce itself.
 */
export function rewritingHandler(simulator: Simulator, operation: string, rewrite: (xml: string) => string, options: { times?: number } = {}): RequestHandler {
  let left = options.times ?? Number.POSITIVE_INFINITY;
  return http.post(`${BASE_URL}/siebel/app/eai/:lang/swe`, async ({ request }) => {
    const body = await request.clone().text();
    if (left <= 0 || !body.includes(`${operation}_Input`)) return undefined;
    left--;
    const answer = await simulator.handle(request);
    return new Response(rewrite(await answer.text()), { status: answer.status, headers: answer.headers });
  });
}
