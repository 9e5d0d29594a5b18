import { findObject, type CustomizationPackage } from '../../metadata';
import type { QueryPageResult } from '../../siebel';
import type { DatabaseSyncState } from '../../store';
import { changesQuery, type ChangesQuery } from './changesQuery';
import { pooledPageFetcher } from '../session/fetchWithRetry';
import { effectivePageSize } from '../session/pageLimit';
import { sessionPoolOf } from '../session/sessionPoolOf';
import { changesWindow, isDue } from './watermark';
import { windowSettings } from '../settings/windowSettings';
import type { Workspace } from '../run/Workspace';

/** The first page of a later type's changes query, asked ahead (see {@link prefetchLaterChanges}). */
export interface PrefetchedChanges {
  readonly changes: ChangesQuery;
  /** When the query was made: its `today`/`now` and the start of the type's download (its watermark's duration). */
  readonly nowMs: number;
  /** Rows asked for. */
  readonly size: number;
  readonly first: Promise<QueryPageResult>;
}

/**
 * Starts, once per incremental run (at its first type), the first page of the changes query of
 * every later type that is due, each on a spare session of the pool. An incremental run's cost is
 * round trips, not rows: most types' changes fit in one page, and asked one type after the other
 * they cost one round trip each on the run's critical path; asked side by side they cost about
 * one in all. Memory is bounded by one page per type. With `maximumSessions` 1 nothing is asked
 * ahead (one session carries one request at a time).
 */
export function prefetchLaterChanges(ws: Workspace, typeId: string, state: DatabaseSyncState, nowMs: number): void {
  if (ws.prefetched !== undefined) return;
  ws.prefetched = new Map();
  const pool = sessionPoolOf(ws);
  const pkg = ws.pkg as CustomizationPackage;
  const order = pkg.syncedTypes.map((t) => t.typeId);
  const at = order.indexOf(typeId);
  if (!pool || at < 0) return;
  const { runtime } = ws;
  for (const later of order.slice(at + 1)) {
    const object = findObject(pkg, later);
    if (!object || !isDue(object.syncFrequencySeconds, state.typeSyncedAt?.[later], nowMs)) continue;
    const window = changesWindow(state, later, nowMs, windowSettings(runtime));
    const changes = changesQuery(pkg, later, { nowMs, ...window, presetName: runtime.filterPreset });
    const size = effectivePageSize(ws, runtime.tuning.pageSize);
    const first = pooledPageFetcher(ws, changes.query, pool)(0, size, runtime.signal);
    // Taken by the type's download (its failure, after the fetch's own retries, fails that type), or settled by the logoff.
    first.catch(() => undefined);
    ws.prefetched.set(later, { changes, nowMs, size, first });
  }
}

/** The page asked ahead for `typeId`, if any, taken off the workspace. */
export function takePrefetchedChanges(ws: Workspace, typeId: string): PrefetchedChanges | null {
  const prefetched = ws.prefetched?.get(typeId) ?? null;
  ws.prefetched?.delete(typeId);
  return prefetched;
}

/** Waits until no page asked ahead is still using a session, whatever its outcome (before the logoff). */
export async function settlePrefetchedChanges(ws: Workspace): Promise<void> {
  const pending = [...(ws.prefetched?.values() ?? [])].map((p) => p.first.catch(() => undefined));
  ws.prefetched?.clear();
  await Promise.all(pending);
}
