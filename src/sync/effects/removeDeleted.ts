import type { CustomizationPackage } from '../../metadata';
import type { DataDatabase } from '../../store';
import { andSearchSpecs, fieldReference, quoteSiebel } from '../buildSearchSpec';
import { ensureTarget } from '../internal/ensureTarget';
import { downloadQuery } from '../internal/downloadQuery';
import { mapBatch } from '../internal/mapBatch';
import { typeQuery, type TypeQuery } from '../internal/typeQuery';
import { chunk } from '../internal/chunk';
import { takeLocalKeys } from '../internal/localKeySnapshot';
import { listVisibleIds, takeIdListing } from '../internal/visibleIds';
import type { Workspace } from '../internal/Workspace';
import type { SyncEvent, SyncIssue } from '../types';

/**
 * Reconciles one type with what the server shows, right after the type's incremental download:
 * the EAI Siebel Adapter has no "deleted records" feed, so the client lists the Ids of every record
 * the user may still see (`listVisibleIds`; usually already started by the download), removes local
 * records missing from that list, and fetches by Id the visible ones missing locally (e.g. skipped
 * by a resume after server-side deletes).
 */
export async function removeDeleted(ws: Workspace, typeId: string): Promise<Extract<SyncEvent, { type: 'deletionsRemoved' }>> {
  const db = await ensureTarget(ws);
  const pkg = ws.pkg as CustomizationPackage;
  const nowMs = ws.runtime.clock.now();
  ws.progress.enter('removingDeleted', 'incremental', typeId);
  // The local keys were read when the download started (plus what it added), while the listing may
  // still wait on the network. Nothing else of this run writes the type; a record the user saves
  // meanwhile is never deleted by writeBatch while its change is pending anyway.
  const localKeys = takeLocalKeys(ws, db, typeId);
  localKeys.catch(() => undefined);
  const visible = await (takeIdListing(ws, typeId) ?? listVisibleIds(ws, typeId, nowMs));
  const local = await localKeys;
  ws.progress.advance(visible.size, 0);
  const stale = local.filter((id) => !visible.has(id));
  for (let i = 0; i < stale.length; i += ws.runtime.tuning.flushEvery) {
    await db.writeBatch({ deletes: [{ typeId, ids: stale.slice(i, i + ws.runtime.tuning.flushEvery) }] });
  }
  const missing = visibleButNotLocal(visible, local, stale.length);
  const issues: SyncIssue[] = [];
  const query = typeQuery(pkg, typeId, { nowMs, sinceMs: null, presetName: ws.runtime.filterPreset });
  const added = missing.length === 0 ? 0 : await fetchMissing(ws, db, query, chunk(missing, pkg.commonSettings.maxIdsPerCommand), issues);
  ws.progress.flush();
  return { type: 'deletionsRemoved', typeId, removed: stale.length, added, issues };
}

/**
 * Ids the server shows that are not stored locally. Every local id is either stale or visible, so
 * when the counts say no visible id is missing (the usual case) no set of the local ids is built:
 * on 100,000 records that set is a good part of the check's own time.
 */
function visibleButNotLocal(visible: ReadonlySet<string>, local: readonly string[], staleCount: number): string[] {
  if (visible.size === local.length - staleCount) return [];
  const known = new Set(local);
  return [...visible].filter((id) => !known.has(id));
}

/** Fetches records by Id, one query per chunk of at most `max_ids_per_command` ids (siebel_meta_info.xml). */
async function fetchMissing(ws: Workspace, db: DataDatabase, query: TypeQuery, chunks: readonly (readonly string[])[], issues: SyncIssue[]): Promise<number> {
  const idField = fieldReference(query.recordElemName, query.sortSpec);
  let added = 0;
  for (const chunk of chunks) {
    const byId = { ...query, searchSpec: andSearchSpecs(query.searchSpec, chunk.map((id) => `${idField} = ${quoteSiebel(id)}`).join(' OR ')) };
    await downloadQuery(ws, byId, {
      writeBatch: async (batch) => {
        const records = mapBatch(query, batch, issues);
        await db.writeBatch({ puts: [{ typeId: query.object.typeId, records }] });
        added += records.length;
      },
    });
  }
  return added;
}
