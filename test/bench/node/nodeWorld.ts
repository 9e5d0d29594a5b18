import { Dexie } from 'dexie';
import { systemClock, type Clock } from '../../../src/shared';
import {
  createSimulator,
  FIELD_PROFILE,
  optionsForRecords,
  startSimulatorServer,
  type Simulator,
  type SimulatorServer,
} from '../../../src/simulator';
import { openStore, schemaFromLayout, type Store } from '../../../src/store';
import { createSyncEngine, type SyncReport } from '../../../src/sync';

export const USER = { userName: 'JSMITH', password: 'Welcome1' };

/**
 * The instant profile's `MaximumPageSize`: above the client's 500 records and 5,000 ids a page, so
 * the bench keeps measuring the pages it always measured. A real object manager's default is 100
 * (field evidence §5); the field profile of issue 17 measures that.
 */
export const INSTANT_MAXIMUM_PAGE_SIZE = 10_000;

/** The system clock, moved by `offsetMs`: scenario 3 stamps its server changes at a chosen time. */
export class ServerClock implements Clock {
  offsetMs = 0;
  /** How far the server's time has been moved on for good (see {@link advance}). */
  #advancedMs = 0;
  now = (): number => Date.now() + this.#advancedMs + this.offsetMs;

  /** Moves the server's clock on by `ms` for good, as time passing between two syncs. */
  advance(ms: number): void {
    this.#advancedMs += ms;
  }
  sleep = (ms: number, signal?: AbortSignal): Promise<void> => systemClock.sleep(ms, signal);

  /** Runs `change` with the clock showing `atMs`, then goes back to real time. */
  at<T>(atMs: number, change: () => T): T {
    this.offsetMs = atMs - Date.now() - this.#advancedMs;
    try {
      return change();
    } finally {
      this.offsetMs = 0;
    }
  }
}

/**
 * The server a bench world runs: `instant` answers at once and accepts the client's large pages;
 * `field` is the simulator's `FIELD_PROFILE` (150 ms + up to 50 ms a call, `MaximumPageSize` 100,
 * 4 sessions per user), what a client meets at a customer (issue 17).
 */
export type ServerProfileName = 'instant' | 'field';

/** A simulator of about `records` visible records, served over HTTP on 127.0.0.1 (port 0). */
export async function startWorld(
  records: number,
  profile: ServerProfileName = 'instant',
): Promise<{
  simulator: Simulator;
  serverClock: ServerClock;
  server: SimulatorServer;
  connection: { endpointUrl: string; userName: string; password: string };
}> {
  const serverClock = new ServerClock();
  // The field profile's latency waits on `serverClock.sleep`, i.e. real time: moving the server's
  // clock on between runs (`advance`) changes its stamps, never how long a call takes.
  const server = profile === 'field' ? FIELD_PROFILE : { maximumPageSize: INSTANT_MAXIMUM_PAGE_SIZE };
  const simulator = createSimulator({ ...server, data: optionsForRecords(records), clock: serverClock });
  const http = await startSimulatorServer(simulator, { port: 0 });
  return { simulator, serverClock, server: http, connection: { endpointUrl: http.endpointUrl, ...USER } };
}

/** QueryPage answers of one record type, as received. */
export interface CapturedType {
  readonly recordElemName: string;
  readonly collectionElemName: string;
  readonly xml: string[];
}

/**
 * One untimed initial sync in Node (fake-indexeddb) whose fetch keeps every QueryPage answer:
 * the raw material of the parse limit and the codec scenario. Also returns the stored records.
 */
export async function captureRun(connection: { endpointUrl: string; userName: string; password: string }): Promise<{
  pages: CapturedType[];
  tables: Array<{ table: string; records: unknown[] }>;
  schema: Record<string, string>;
}> {
  const byType = new Map<string, CapturedType>();
  const capturing: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const action = new Headers(init?.headers).get('SOAPAction') ?? '';
    const match = /:(\w+)QueryPage"$/.exec(action);
    const body = String(init?.body ?? '');
    // Only record downloads (the Id-only deletion check asks for one field, not for Updated).
    if (!match || !/<Updated\/>/.test(body)) return response;
    const text = await response.text();
    const collection = /<(ListOf\w+)/.exec(text)?.[1] ?? `ListOf${match[1]}`;
    const entry = byType.get(match[1]) ?? { recordElemName: match[1], collectionElemName: collection, xml: [] };
    entry.xml.push(text);
    byType.set(match[1], entry);
    return new Response(text, { status: response.status, headers: response.headers });
  };
  const store = await openStore({ namePrefix: 'capture-' });
  try {
    const report = await createSyncEngine({ store, locks: null, fetch: capturing }).synchronize({
      connection,
      full: true,
    });
    assertSuccess(report);
    const db = await store.activeDatabase();
    if (!db) throw new Error('capture run left no active database');
    const source = new Dexie(db.name);
    await source.open();
    const tables = await Promise.all(
      db.layout.types.map(async (t) => ({ table: t.table, records: await source.table(t.table).toArray() })),
    );
    source.close();
    return { pages: [...byType.values()], tables, schema: schemaFromLayout(db.layout) };
  } finally {
    store.close();
    await deleteDatabases('capture-');
  }
}

/**
 * Deletes every fake-indexeddb database whose name starts with `prefix`. fake-indexeddb keeps
 * databases in this process's memory, and the bench's simulator serves the Chromium scenarios from
 * this process afterwards: a 100,000-record database left behind held ~250 MB and made every full
 * GC of the simulator's process take ~750 ms instead of ~16 ms.
 */
export async function deleteDatabases(prefix: string): Promise<void> {
  const names = (await indexedDB.databases()).map((d) => d.name ?? '').filter((name) => name.startsWith(prefix));
  await Promise.all(names.map((name) => Dexie.delete(name)));
}

/** Throws unless the run succeeded. */
export function assertSuccess(report: SyncReport): void {
  if (report.outcome !== 'succeeded') throw new Error(`sync ${report.outcome}: ${report.error?.message ?? ''}`);
}

/** Records the run stored or changed. */
export function recordsOf(report: SyncReport): number {
  return Object.values(report.counts).reduce((n, c) => n + c.added + c.changed, 0);
}

export type { Store };
