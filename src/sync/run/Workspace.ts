import type { CustomizationPackage } from '../../metadata';
import type { DataDatabase } from '../../store';
import type { SiebelPort, SyncRuntime } from '../ports';
import type { PrefetchedChanges } from '../download/changesPrefetch';
import type { ProgressReporter } from '../progress/ProgressReporter';
import type { SessionPool } from '../session/sessionPool';
import type { TypeDownload } from '../download/TypeDownload';

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
  /**
   * The type an incremental run just downloaded, with its local keys and Id listing, waiting for
   * its deletion check (the next effect), which takes it off.
   */
  download: TypeDownload | null;
  /**
   * First pages of later types' changes queries asked ahead by an incremental run
   * (`prefetchLaterChanges`); `undefined` until its first type started.
   */
  prefetched?: Map<string, PrefetchedChanges>;
  /**
   * The server's `MaximumPageSize` as learned from an SBL-EAI-04447 answer (this run or an earlier
   * one, kept in the sync state); `null` while unknown.
   */
  pageLimit: number | null;
  /** Calls repeated after a transient failure in this run (the report's `traffic.calls.retries`). */
  retries?: number;
}
