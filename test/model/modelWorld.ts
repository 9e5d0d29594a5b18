import { createHash } from 'node:crypto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { setupServer } from 'msw/node';
import { parsePackage, type CustomizationPackage } from '../../src/metadata';
import { DEFAULT_WIRE_PROFILE } from '../../src/siebel';
import { setLogSink, type Clock } from '../../src/shared';
import { createSimulator, type Simulator } from '../../src/simulator';
import { openStore, type DataDatabase, type Store } from '../../src/store';
import { createSyncEngine, type SyncConnection, type SyncEngine } from '../../src/sync';
import type { LocalContext } from '../../src/sync/local/types';
import { simulatorHandlers } from '../support/simulatorMsw';

/** Where the simulated server answers; msw keeps every request in the process. */
export const MODEL_BASE_URL = 'https://siebel-model.test';
const ENDPOINT = `${MODEL_BASE_URL}/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1`;

/** A small data set with small pages, so a sync is many calls a fault or an abort can land on. */
const DATA = {
  accounts: 6,
  contactsPerAccount: 2,
  opportunitiesPerAccount: 1,
  activitiesPerAccount: 2,
  seed: 11,
} as const;
const TUNING = { pageSize: 7, idPageSize: 10, flushEvery: 14, progressIntervalMs: 0 } as const;

/**
 * A clock moved only by hand, shared by engine, store and simulator: retry sleeps jump instead of
 * waiting, so a schedule costs no wall time and two runs of one seed see the same times.
 */
export class ManualClock {
  constructor(public time = Date.UTC(2024, 5, 3, 9, 0, 0)) {}
  now = (): number => this.time;
  sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    signal?.throwIfAborted();
    this.time += ms;
  };
  advance(ms: number): void {
    this.time += ms;
  }
}

// One msw server per process (msw patches the global fetch once); each schedule swaps in its simulator.
const msw = setupServer();
let listening = false;

/** The real system a schedule drives: the simulator, the store on its own fake IndexedDB, the engine. */
export interface ModelWorld {
  readonly simulator: Simulator;
  readonly clock: ManualClock;
  /** Sessions the engine may open at once (4 is the engine's default). */
  readonly maximumSessions: number;
  /** Current login; another user gets another database (identity change). */
  userName: string;
  /** Closed and replaced by `crash()`. */
  store: Store;
  /** A new engine; a scheduled run gives it its own fetch (answers as scheduled tasks) and clock. */
  engine(options?: { fetch?: typeof fetch; clock?: Clock }): SyncEngine;
  connection(extra?: { timeoutMs?: number }): SyncConnection;
  /** The active database and its package, or null before the first completed sync. */
  context(): Promise<LocalContext | null>;
  /** Drops every in-memory object of the add-in and opens the store again from the same IndexedDB. */
  crash(): Promise<void>;
  close(): void;
}

/**
 * Web Crypto's `digest` (package fingerprints, content hashes) finishes on a worker thread, after a
 * real-time delay: it would decide how the engine's work and the user's edits of a scheduled run
 * interleave, and a seed would not replay. The same SHA-256, computed in the calling thread,
 * resolves in a fixed number of microtasks.
 */
function digestWithoutThreads(): void {
  const subtle = globalThis.crypto.subtle;
  const threaded = subtle.digest.bind(subtle);
  Object.defineProperty(subtle, 'digest', {
    configurable: true,
    value: async (algorithm: AlgorithmIdentifier, data: BufferSource): Promise<ArrayBuffer> => {
      const name = typeof algorithm === 'string' ? algorithm : algorithm.name;
      if (name.toUpperCase() !== 'SHA-256') return threaded(algorithm, data);
      const bytes = ArrayBuffer.isView(data)
        ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
        : new Uint8Array(data);
      return Uint8Array.from(createHash('sha256').update(bytes).digest()).buffer;
    },
  });
}

/** A fresh simulator behind msw and a fresh store on a fresh in-memory IndexedDB. */
export async function createModelWorld(options: { maximumSessions: number }): Promise<ModelWorld> {
  if (!listening) {
    msw.listen({ onUnhandledRequest: 'error' });
    // The siebel layer logs every call; thousands of schedules would bury a failure.
    setLogSink(() => undefined);
    digestWithoutThreads();
    listening = true;
  }
  const clock = new ManualClock();
  let tokens = 0;
  const simulator = createSimulator({
    clock,
    random: () => 0.5,
    tokenGenerator: () => `model-token-${++tokens}`,
    data: DATA,
  });
  msw.resetHandlers(...simulatorHandlers(simulator, MODEL_BASE_URL));
  const factory = new IDBFactory();
  let ids = 0;
  let parsed: { key: string; pkg: CustomizationPackage } | undefined;
  // Deterministic database names: two runs of a seed must not differ by a random suffix.
  const open = () =>
    openStore({
      indexedDB: factory,
      IDBKeyRange,
      namePrefix: 'model-',
      clock,
      randomId: () => `db${String(++ids).padStart(4, '0')}`,
    });
  const wireProfile = Object.freeze({ ...DEFAULT_WIRE_PROFILE, maximumSessions: options.maximumSessions });
  const world: ModelWorld = {
    simulator,
    clock,
    maximumSessions: options.maximumSessions,
    userName: 'JSMITH',
    store: await open(),
    engine: (options = {}) =>
      createSyncEngine({
        store: world.store,
        clock: options.clock ?? clock,
        random: () => 0.5,
        locks: null,
        tuning: TUNING,
        ...(options.fetch ? { fetch: options.fetch } : {}),
      }),
    connection: (extra = {}) => ({
      endpointUrl: ENDPOINT,
      userName: world.userName,
      password: 'Welcome1',
      wireProfile,
      ...extra,
    }),
    context: async () => {
      const db: DataDatabase | null = await world.store.activeDatabase();
      if (!db) return null;
      // Parsing the package is the costliest part of a check; it changes only with its hash.
      const installed = await db.installedPackage();
      const key = `${db.name}:${installed.contentHash}`;
      if (parsed?.key !== key) parsed = { key, pkg: await parsePackage(installed.files) };
      return { db, pkg: parsed.pkg, now: clock.now };
    },
    crash: async () => {
      world.store.close();
      world.store = await open();
    },
    close: () => {
      world.store.close();
      simulator.close();
    },
  };
  return world;
}
