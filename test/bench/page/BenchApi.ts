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
}

/** Search and list timings of one type (each array has one entry per run). */
export interface QueryTimings {
  readonly typeId: string;
  readonly text: string;
  readonly hits: number;
  readonly searchMs: number[];
  readonly listMs: number[];
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
  initialSync(connection: { endpointUrl: string; userName: string; password: string }, mode: EngineMode): Promise<SyncRun>;
  incrementalSync(connection: { endpointUrl: string; userName: string; password: string }, mode: EngineMode): Promise<SyncRun>;
  /** Dexie bulkPut of the active database's records into a new database of the same schema, `chunk` records a transaction. */
  rawWrite(chunk: number): Promise<{ ms: number; records: number }>;
  queries(runs: number): Promise<QueryTimings[]>;
  decode(pages: PageSet, decoder: 'fast' | 'xml-js' | 'domparser', rounds: number): { ms: number; records: number };
  /** Phase changes and long tasks of the last sync, with page times in ms. */
  timeline(): string[];
  /** Closes the store and deletes every database of the profile. */
  reset(): Promise<void>;
}
