import type { CustomizationPackage } from '../../metadata';
import { downloadQuery } from './downloadQuery';
import { typeQuery } from './typeQuery';
import type { Workspace } from './Workspace';

/** The Id listing of one type, started ahead of its deletion check (see {@link startIdListing}). */
export interface IdListing {
  readonly typeId: string;
  readonly ids: Promise<Set<string>>;
}

/**
 * Lists the Ids of every record of `typeId` the user may still see on the server: the type's query
 * (same filter preset and view mode as its download) asking for the primary key alone, in pages of
 * `tuning.idPageSize`. The EAI Siebel Adapter has no "deleted records" feed; this set is the proof.
 */
export async function listVisibleIds(ws: Workspace, typeId: string, nowMs: number): Promise<Set<string>> {
  const query = typeQuery(ws.pkg as CustomizationPackage, typeId, { nowMs, sinceMs: null, idsOnly: true, presetName: ws.runtime.filterPreset });
  const visible = new Set<string>();
  await downloadQuery(ws, query, {
    flushEvery: 1,
    pageSize: ws.runtime.tuning.idPageSize,
    // Nothing is written per page: ids are only collected.
    writeBatch: async (batch) => {
      for (const record of batch.records) visible.add((record[query.object.primaryKey] ?? '').trim());
    },
  });
  visible.delete('');
  return visible;
}

/**
 * Starts the Id listing of `typeId` now and parks it on the workspace for the type's deletion
 * check, which follows right after its download. Called when the download's last page has arrived,
 * so the listing uses the session while the download's last batch is still being written (one
 * request at a time: a Siebel session caches one paged result and its token changes per answer).
 */
export function startIdListing(ws: Workspace, typeId: string, nowMs: number): void {
  const ids = listVisibleIds(ws, typeId, nowMs);
  // Rejections are taken by whoever settles the listing (the deletion check, or the logoff).
  ids.catch(() => undefined);
  ws.idListing = { typeId, ids };
}

/** The listing of `typeId` started earlier, if any, taken off the workspace. */
export function takeIdListing(ws: Workspace, typeId: string): Promise<Set<string>> | null {
  const listing = ws.idListing;
  if (!listing || listing.typeId !== typeId) return null;
  ws.idListing = null;
  return listing.ids;
}

/**
 * Waits until no listing is using the session, whatever its outcome: a failed run must not send its
 * logoff while a listing request is still in flight.
 */
export async function settleIdListing(ws: Workspace): Promise<void> {
  const listing = ws.idListing;
  ws.idListing = null;
  await listing?.ids.catch(() => undefined);
}
