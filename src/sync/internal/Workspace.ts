import type { CustomizationPackage } from '../../metadata';
import type { DataDatabase } from '../../store';
import type { SiebelPort, SyncRuntime } from '../ports';
import type { PrefetchedChanges } from './changesPrefetch';
import type { ProgressReporter } from './ProgressReporter';
import type { LocalKeySnapshot } from './localKeySnapshot';
import type { SessionPool } from './sessionPool';
import type { IdListing } from './visibleIds';

/** What the effects of one run share: the session, the databases and the parsed package. */
export interface Workspace {
  readonly runtime: SyncRuntime;
  readonly progress: ProgressReporter;
  siebel: SiebelPort | null;
  /**
   * The main session and the extra ones record downloads use, created on first use (`sessionPoolOf`);
   * `null` before, and always with `maximumSessions` 1.
   */
  sessions?: SessionPool | null;
  /** The database the user sees now (`null` on first use). */
  readonly active: DataDatabase | null;
  /** Where this run writes: the active database (incremental) or a staging one (initial). */
  target: DataDatabase | null;
  /** The package of `target`, parsed. */
  pkg: CustomizationPackage | null;
  /** An incremental run's Id listing of the type just downloaded, waiting for its deletion check. */
  idListing: IdListing | null;
  /**
   * First pages of later types' changes queries asked ahead by an incremental run
   * (`prefetchLaterChanges`); `undefined` until its first type started.
   */
  prefetched?: Map<string, PrefetchedChanges>;
  /** The local keys of the type being downloaded incrementally, read before its writes. */
  localKeys: LocalKeySnapshot | null;
  /**
   * The server's `MaximumPageSize` as learned from an SBL-EAI-04447 answer (this run or an earlier
   * one, kept in the sync state); `null` while unknown.
   */
  pageLimit: number | null;
  /** Calls repeated after a transient failure in this run (the report's `traffic.calls.retries`). */
  retries?: number;
}
