// The bench page: the real engine and store bundled for Chromium, driven by test/bench/run.ts
// through `window.crmBench`. Nothing here is timed by Node: each call measures itself with
// performance.now() and the Long Tasks API, and Node samples the heap over CDP meanwhile.
import { Dexie } from 'dexie';
import type { QueryPageRequest } from '../../../src/siebel';
import { decodeQueryPage, decodeQueryPageXmlJs } from '../../../src/siebel/services/decodeQueryPage';
import { setLogSink } from '../../../src/shared';
import { openStore, schemaFromLayout, type DataDatabase, type Store } from '../../../src/store';
import { createSyncEngine, startSyncWorker, type SyncProgress } from '../../../src/sync';
import type { BenchApi, ClientTraffic, EngineMode, LiveHeap, MainThreadStats, QueryTimings, SyncRun } from './BenchApi';
import { domParserDecode } from './domParserDecode';
import { globalSearchTimings, indexWriteCost } from './globalSearchBench';

// One line per SOAP call would go through the DevTools protocol to Node: keep warnings only.
setLogSink((level, message) => {
  if (level === 'warn' || level === 'error') console.warn(message);
});

let longTasks: number[] = [];
// Start times and phases, for test/bench/profile.ts to tell which step a long task belongs to.
const timeline: string[] = [];
// Registered when the page loads, before any sync; `buffered` also delivers tasks that ended
// before the observer was attached.
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    longTasks.push(entry.duration);
    timeline.push(`${entry.startTime.toFixed(0)} long task ${entry.duration.toFixed(0)} ms`);
  }
}).observe({ type: 'longtask', buffered: true });

const gc = (globalThis as { gc?: () => void }).gc;
const memory = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;

/** Samples the live heap from a progress callback (see `BenchApi.initialSync`). */
function liveHeapSampler(): { sample(): void; result(): LiveHeap } {
  const samples: number[] = [];
  let last = -Infinity;
  return {
    sample() {
      if (!gc || performance.now() - last < 250) return;
      gc();
      samples.push(memory() / 2 ** 20);
      last = performance.now();
    },
    result() {
      const sorted = [...samples].sort((a, b) => a - b);
      return {
        peakMb: sorted.at(-1) ?? 0,
        medianMb: sorted[Math.floor(sorted.length / 2)] ?? 0,
        samples: sorted.length,
      };
    },
  };
}

/** Measures main-thread responsiveness around `run`: long tasks and the worst heartbeat delay. */
async function watched<T>(run: () => Promise<T>): Promise<{ value: T; main: MainThreadStats; ms: number }> {
  longTasks = [];
  const period = 10;
  let last = performance.now();
  let worstGap = 0;
  const heartbeat = setInterval(() => {
    const now = performance.now();
    worstGap = Math.max(worstGap, now - last - period);
    last = now;
  }, period);
  const started = performance.now();
  try {
    const value = await run();
    const ms = performance.now() - started;
    // Let the observer deliver the last entries.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const main = {
      longTasks: longTasks.length,
      longTaskMs: sum(longTasks),
      longestTaskMs: Math.max(0, ...longTasks),
      worstHeartbeatGapMs: worstGap,
    };
    return { value, main, ms };
  } finally {
    clearInterval(heartbeat);
  }
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
let worker: ReturnType<typeof startSyncWorker> | undefined;

function engineFor(mode: EngineMode, store: Store) {
  if (mode === 'main') return createSyncEngine({ store, locks: null });
  worker ??= startSyncWorker();
  return worker.engine;
}

/** A store opened for one call and closed after it, so it never blocks the worker's database swaps. */
async function withStore<T>(use: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore();
  try {
    return await use(store);
  } finally {
    store.close();
  }
}

async function withActiveDatabase<T>(use: (db: DataDatabase) => Promise<T>): Promise<T> {
  return withStore(async (store) => {
    const db = await store.activeDatabase();
    if (!db) throw new Error('no active database: run initialSync first');
    return use(db);
  });
}

async function synchronize(
  connection: { endpointUrl: string; userName: string; password: string },
  full: boolean,
  mode: EngineMode,
  liveHeap = false,
): Promise<SyncRun> {
  return withStore(async (store) => {
    const engine = engineFor(mode, store);
    timeline.length = 0;
    let phase = '';
    const heap = liveHeap ? liveHeapSampler() : null;
    const onProgress = (p: SyncProgress) => {
      heap?.sample();
      const now = `${p.phase} ${p.typeId ?? ''}`;
      if (now !== phase) timeline.push(`${performance.now().toFixed(0)} ${(phase = now)}`);
    };
    const { value: report, main, ms } = await watched(() => engine.synchronize({ connection, full, onProgress }));
    if (report.outcome !== 'succeeded') throw new Error(`sync failed: ${report.error?.message ?? report.outcome}`);
    const counts = Object.values(report.counts);
    return {
      ms,
      added: sum(counts.map((c) => c.added)),
      changed: sum(counts.map((c) => c.changed)),
      removed: sum(counts.map((c) => c.removed)),
      main,
      sessions: { opened: report.sessions.opened, closed: report.sessions.closed },
      // Read through `in`: engines from before SyncReport had `traffic` report none.
      clientTraffic: 'traffic' in report && report.traffic ? (report.traffic as ClientTraffic) : null,
      ...(heap ? { liveHeap: heap.result() } : {}),
    };
  });
}

/** Every record of the active database, per table (read once; the raw write then runs on them). */
async function readAll(db: DataDatabase): Promise<Array<{ table: string; records: unknown[] }>> {
  const source = new Dexie(db.name);
  await source.open();
  try {
    return await Promise.all(
      db.layout.types.map(async (type) => ({ table: type.table, records: await source.table(type.table).toArray() })),
    );
  } finally {
    source.close();
  }
}

const api: BenchApi = {
  initialSync: (connection, mode, options) => synchronize(connection, true, mode, options?.liveHeap),
  incrementalSync: (connection, mode) => synchronize(connection, false, mode),

  async rawWrite(chunk) {
    const { tables, layout } = await withActiveDatabase(async (db) => ({
      tables: await readAll(db),
      layout: db.layout,
    }));
    const name = `bench-raw-${Date.now()}`;
    const raw = new Dexie(name);
    raw.version(1).stores(schemaFromLayout(layout));
    await raw.open();
    try {
      const { ms } = await watched(async () => {
        for (const { table, records } of tables) {
          for (let i = 0; i < records.length; i += chunk) {
            await raw.transaction('rw', table, () => raw.table(table).bulkPut(records.slice(i, i + chunk)));
          }
        }
      });
      return { ms, records: sum(tables.map((t) => t.records.length)) };
    } finally {
      raw.close();
      await Dexie.delete(name);
    }
  },

  queries: (runs) =>
    withActiveDatabase(async (db) => {
      const result: QueryTimings[] = [];
      for (const type of db.layout.types) {
        const sample = await db.list(type.typeId, { offset: Math.floor((await db.count(type.typeId)) / 2), limit: 1 });
        const field = type.searchFields[0] ?? type.primaryKey;
        const text = String(sample[0]?.[field] ?? 'a').slice(0, 2);
        const search: number[] = [];
        const list: number[] = [];
        let hits = 0;
        for (let i = 0; i < runs; i++) {
          let t = performance.now();
          hits = (await db.search(type.typeId, { text, limit: 50 })).length;
          search.push(performance.now() - t);
          t = performance.now();
          await db.list(type.typeId, {
            offset: 0,
            limit: 50,
            orderBy: type.indexes.includes(field) ? field : undefined,
          });
          list.push(performance.now() - t);
        }
        result.push({ typeId: type.typeId, text, hits, searchMs: search, listMs: list });
      }
      return result;
    }),

  globalSearch: (runs) => globalSearchTimings(runs),
  indexWriteCost: () => indexWriteCost(),

  decode(pages, decoder, rounds) {
    const request = {
      intObjName: 'X',
      collectionElemName: pages.collectionElemName,
      recordElemName: pages.recordElemName,
    } as QueryPageRequest;
    let records = 0;
    const started = performance.now();
    for (let r = 0; r < rounds; r++) {
      for (const xml of pages.xml) {
        if (decoder === 'domparser') records += domParserDecode(xml, pages.recordElemName);
        else {
          const reply = (decoder === 'fast' ? decodeQueryPage : decodeQueryPageXmlJs)(xml, request);
          records += reply.kind === 'result' ? reply.value.records.length : 0;
        }
      }
    }
    return { ms: performance.now() - started, records };
  },

  timeline: () => [...timeline],

  async longTaskProbe(ms) {
    longTasks = [];
    // A task of its own (a timer), like the engine's: the evaluate call that asks is not one.
    setTimeout(() => {
      const until = performance.now() + ms;
      while (performance.now() < until) {
        // Busy on purpose.
      }
    }, 0);
    // Observer callbacks come late on a busy machine: wait up to 3 s for the entry.
    for (let waited = 0; longTasks.length === 0 && waited < 3000; waited += 100)
      await new Promise((resolve) => setTimeout(resolve, 100));
    return Math.max(0, ...longTasks);
  },

  async reset() {
    worker?.terminate();
    worker = undefined;
    for (const { name } of await indexedDB.databases()) if (name) await Dexie.delete(name);
  },
};

(window as unknown as { crmBench: BenchApi }).crmBench = api;
document.title = 'bench ready';
