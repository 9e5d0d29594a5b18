import type { CustomizationPackage } from '../../../metadata';
import type { DataDatabase } from '../../../store';
import { andSearchSpecs, fieldReference, quoteSiebel } from '../buildSearchSpec';
import { ensureTarget } from '../../run/ensureTarget';
import { downloadQuery } from '../downloadQuery';
import { mapBatch } from '../mapBatch';
import { typeQuery, type TypeQuery } from '../typeQuery';
import { chunk } from '../../../shared';
import { stateAfterCheck, type IdRange } from './deletionSchedule';
import { plannedListing } from './visibleIds';
import type { Workspace } from '../../run/Workspace';
import type { SyncEvent, SyncIssue } from '../../machine/types';

/**
 * Reconciles one type with what the server shows, right after the type's incremental download,
 * with the check its schedule asks for (`planDeletionCheck`): the EAI Siebel Adapter has no
 * "deleted records" feed, so the client lists the Ids the user may still see (`listVisibleIds`;
 * usually already started by the download) — all of them, or one slice of the Id space — removes
 * local records missing from that list, and fetches by Id the visible ones missing locally (e.g.
 * skipped by a resume after server-side deletes). A slice's candidates are confirmed by Id before
 * they go: the slice's bounds compare Ids on the server, whose collation the client does not know.
 */
export async function removeDeleted(
  ws: Workspace,
  typeId: string,
): Promise<Extract<SyncEvent, { type: 'deletionsRemoved' }>> {
  const db = await ensureTarget(ws);
  const pkg = ws.pkg as CustomizationPackage;
  const nowMs = ws.runtime.clock.now();
  ws.progress.enter('removingDeleted', 'incremental', typeId);
  // The local keys were read when the download started (plus what it added), while the listing may
  // still wait on the network. Nothing else of this run writes the type; a record the user saves
  // meanwhile is never deleted by writeBatch while its change is pending anyway.
  const download = ws.download?.typeId === typeId ? ws.download : null;
  const listing = download?.idListing ?? plannedListing(ws, typeId, nowMs);
  const localKeys = download ? download.localKeys() : db.primaryKeys(typeId);
  localKeys.catch(() => undefined);
  ws.download = null;
  const planned = await listing.planned;
  const { plan } = planned;
  const visible = await listing.ids;
  if (plan.check === 'none') {
    // Nothing to compare: the run goes on without waiting for the read of every local key.
    ws.progress.flush();
    return { type: 'deletionsRemoved', typeId, removed: 0, added: 0, issues: [], check: 'none' };
  }
  const local = await localKeys;
  ws.progress.advance(visible.size, 0);
  const query = typeQuery(pkg, typeId, { nowMs: planned.nowMs, sinceMs: null, presetName: ws.runtime.filterPreset });
  const checked = plan.check === 'slice' ? local.filter((id) => inRange(id, plan.range)) : local;
  const absent = checked.filter((id) => !visible.has(id));
  const stale =
    plan.check === 'slice' && absent.length > 0
      ? await stillAbsent(ws, query, absent, pkg.commonSettings.maxIdsPerCommand)
      : absent;
  for (let i = 0; i < stale.length; i += ws.runtime.tuning.flushEvery) {
    await db.writeBatch({ deletes: [{ typeId, ids: stale.slice(i, i + ws.runtime.tuning.flushEvery) }] });
  }
  const missing = visibleButNotLocal(visible, checked, absent.length, local);
  const issues: SyncIssue[] = [];
  const added =
    missing.length === 0
      ? 0
      : await fetchMissing(ws, db, query, chunk(missing, pkg.commonSettings.maxIdsPerCommand), issues);
  const next = stateAfterCheck(plan, planned);
  if (next) await db.writeBatch({ syncState: { deletionChecks: { [typeId]: next } } });
  ws.progress.flush();
  return { type: 'deletionsRemoved', typeId, removed: stale.length, added, issues, check: plan.check };
}

/** Whether `id` lies in the slice, in the order of the local keys (IndexedDB's, as `<` on strings). */
function inRange(id: string, range: IdRange): boolean {
  return (range.after === '' || id > range.after) && (range.upTo === '' || id <= range.upTo);
}

/**
 * Ids the server shows that are not stored locally. Every checked local id is either absent or
 * visible, so when the counts say no visible id is missing (the usual case) no set of the local
 * ids is built: on 100,000 records that set is a good part of the check's own time.
 */
function visibleButNotLocal(
  visible: ReadonlySet<string>,
  checked: readonly string[],
  absentCount: number,
  local: readonly string[],
): string[] {
  if (visible.size === checked.length - absentCount) return [];
  // Against every local id: a slice the server bounds by its own collation may list ids outside `checked`.
  const known = new Set(local);
  return [...visible].filter((id) => !known.has(id));
}

/**
 * Of the local Ids a slice did not list, the ones the server really does not show: asked by Id
 * (same filter and view mode), `max_ids_per_command` a query. If the server orders Ids otherwise
 * than the client, a record outside its slice on the server is still kept. Deletions are few, so
 * this costs about one request per slice that found any.
 */
async function stillAbsent(
  ws: Workspace,
  query: TypeQuery,
  ids: readonly string[],
  maxIds: number | null,
): Promise<string[]> {
  const idField = fieldReference(query.recordElemName, query.sortSpec);
  const primaryKey = query.object.primaryKey;
  const shown = new Set<string>();
  for (const part of chunk(ids, maxIds)) {
    const byId = {
      ...query,
      fields: [primaryKey],
      searchSpec: andSearchSpecs(query.searchSpec, part.map((id) => `${idField} = ${quoteSiebel(id)}`).join(' OR ')),
    };
    await downloadQuery(ws, byId, {
      flushEvery: 1,
      pageSize: ws.runtime.tuning.idPageSize,
      writeBatch: async (batch) => {
        for (const record of batch.records) shown.add((record[primaryKey] ?? '').trim());
      },
    });
  }
  return ids.filter((id) => !shown.has(id));
}

/** Fetches records by Id, one query per chunk of at most `max_ids_per_command` ids (siebel_meta_info.xml). */
async function fetchMissing(
  ws: Workspace,
  db: DataDatabase,
  query: TypeQuery,
  chunks: readonly (readonly string[])[],
  issues: SyncIssue[],
): Promise<number> {
  const idField = fieldReference(query.recordElemName, query.sortSpec);
  let added = 0;
  for (const chunk of chunks) {
    const byId = {
      ...query,
      searchSpec: andSearchSpecs(query.searchSpec, chunk.map((id) => `${idField} = ${quoteSiebel(id)}`).join(' OR ')),
    };
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
