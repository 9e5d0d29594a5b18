/** Main-thread responsiveness during one measured call. */
export interface MainThreadStats {
  /** Tasks over 50 ms reported by the Long Tasks API. */
  readonly longTasks: number;
  readonly longTaskMs: number;
  readonly longestTaskMs: number;
  /** Worst delay of a 10 ms heartbeat timer (catches blocking below 50 ms too). */
  readonly worstHeartbeatGapMs: number;
}

/** One synchronization measured in the page. */
export interface SyncRun {
  readonly ms: number;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly main: MainThreadStats;
  /** Sessions the engine says it opened and closed. */
  readonly sessions: { readonly opened: number; readonly closed: number };
  /**
   * The engine's own count of its requests and bytes (`SyncReport.traffic`), null when the engine does
   * not report one. The bench also counts on the server's side, which does not depend on it.
   */
  readonly clientTraffic: ClientTraffic | null;
  /** With `liveHeap`: the page's JS heap right after a forced `gc()`, sampled at progress reports. */
  readonly liveHeap?: LiveHeap;
}

/** What the engine reports of its traffic (client side: `bytesSent` are its requests). */
export interface ClientTraffic {
  readonly requests: number;
  readonly bytesSent: number;
  readonly bytesReceived: number;
  readonly peakSessions: number;
}

/** Live (after a full GC) JS heap of the page during a sync, in MB. */
export interface LiveHeap {
  readonly peakMb: number;
  readonly medianMb: number;
  readonly samples: number;
}

/** Search and list timings of one type (each array has one entry per run). */
export interface QueryTimings {
  readonly typeId: string;
  readonly text: string;
  readonly hits: number;
  readonly searchMs: number[];
  readonly listMs: number[];
}

/** Issue 21: one query of the search of everything, timed `ms.length` times. */
export interface GlobalSearchTimings {
  readonly label: string;
  readonly text: string;
  /** Hits returned (at most 5 per type) and matches counted (a lower bound past 400 per type). */
  readonly hits: number;
  readonly total: number;
  readonly ms: number[];
}

/** Issue 21: the same records written with and without the search index. */
export interface IndexWriteCost {
  readonly records: number;
  readonly withoutIndexMs: number;
  readonly withIndexMs: number;
}

/** Captured QueryPage answers of one type. */
export interface PageSet {
  readonly collectionElemName: string;
  readonly recordElemName: string;
  readonly xml: string[];
}

/** Where the engine runs: on the page's main thread, or in the dedicated sync worker (src/sync/worker). */
export type EngineMode = 'main' | 'worker';

/** What the bench page offers on `window.crmBench`. */
export interface BenchApi {
  /**
   * A full sync. `liveHeap` (engine on the main thread; needs Chromium's `--expose-gc`): at most
   * every 250 ms, from the progress callback, collect garbage and read the heap, so every sample
   * is taken at the same kind of point of the pipeline (a batch just written).
   */
  initialSync(
    connection: { endpointUrl: string; userName: string; password: string },
    mode: EngineMode,
    options?: { liveHeap?: boolean },
  ): Promise<SyncRun>;
  incrementalSync(
    connection: { endpointUrl: string; userName: string; password: string },
    mode: EngineMode,
  ): Promise<SyncRun>;
  /** Dexie bulkPut of the active database's records into a new database of the same schema, `chunk` records a transaction. */
  rawWrite(chunk: number): Promise<{ ms: number; records: number }>;
  queries(runs: number): Promise<QueryTimings[]>;
  /** Issue 21: realistic queries of the search of everything against the active database. */
  globalSearch(runs: number): Promise<GlobalSearchTimings[]>;
  /** Issue 21: the active database's records written without and with the search index. */
  indexWriteCost(): Promise<IndexWriteCost>;
  decode(pages: PageSet, decoder: 'fast' | 'xml-js' | 'domparser', rounds: number): { ms: number; records: number };
  /** Phase changes and long tasks of the last sync, with page times in ms. */
  timeline(): string[];
  /**
   * Checks the long-task observer: blocks the main thread for `ms` and returns the longest long
   * task the observer then reported (0 means the observer does not work in this browser).
   */
  longTaskProbe(ms: number): Promise<number>;
  /** Closes the store and deletes every database of the profile. */
  reset(): Promise<void>;
}
