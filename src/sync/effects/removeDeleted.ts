import type { CustomizationPackage } from '../../metadata';
import type { DataDatabase } from '../../store';
import { andSearchSpecs, fieldReference, quoteSiebel } from '../buildSearchSpec';
import { ensureTarget } from '../internal/ensureTarget';
import { downloadQuery } from '../internal/downloadQuery';
import { mapBatch } from '../internal/mapBatch';
import { typeQuery, type TypeQuery } from '../internal/typeQuery';
import { chunk } from '../internal/chunk';
import type { Workspace } from '../internal/Workspace';
import type { SyncEvent, SyncIssue } from '../types';

/**
 * Reconciles one type with what the server shows: the EAI Siebel Adapter has no "deleted records"
 * feed, so the client lists the Ids of every record the user may still see (same filter and view
 * mode, Id-only pages), removes local records missing from that list, and fetches by Id the
 * visible ones missing locally (e.g. skipped by a resume after server-side deletes).
 */
export async function removeDeleted(ws: Workspace, typeId: string): Promise<Extract<SyncEvent, { type: 'deletionsRemoved' }>> {
  const db = await ensureTarget(ws);
  const pkg = ws.pkg as CustomizationPackage;
  const nowMs = ws.runtime.clock.now();
  const idQuery = typeQuery(pkg, typeId, { nowMs, sinceMs: null, idsOnly: true, presetName: ws.runtime.filterPreset });
  ws.progress.enter('removingDeleted', 'incremental', typeId);
  // Read while the listing waits on the network, so the read costs no time of its own. Nothing of
  // this run writes the type meanwhile; a record the user saves meanwhile is only spared by the
  // early read, and writeBatch never deletes a record with a pending local change anyway.
  const localKeys = db.primaryKeys(typeId);
  localKeys.catch(() => undefined);
  const visible = new Set<string>();
  await downloadQuery(ws, idQuery, {
    flushEvery: 1,
    pageSize: ws.runtime.tuning.idPageSize,
    // Nothing is written per page: ids are only collected; the deletes follow in batches below.
    writeBatch: async (batch) => {
      for (const record of batch.records) visible.add((record[idQuery.object.primaryKey] ?? '').trim());
      ws.progress.advance(batch.records.length, batch.pages);
    },
  });
  const local = await localKeys;
  const stale = local.filter((id) => !visible.has(id));
  for (let i = 0; i < stale.length; i += ws.runtime.tuning.flushEvery) {
    await db.writeBatch({ deletes: [{ typeId, ids: stale.slice(i, i + ws.runtime.tuning.flushEvery) }] });
  }
  const known = new Set(local);
  const missing = [...visible].filter((id) => id !== '' && !known.has(id));
  const issues: SyncIssue[] = [];
  const query = typeQuery(pkg, typeId, { nowMs, sinceMs: null, presetName: ws.runtime.filterPreset });
  const added = missing.length === 0 ? 0 : await fetchMissing(ws, db, query, chunk(missing, pkg.commonSettings.maxIdsPerCommand), issues);
  ws.progress.flush();
  return { type: 'deletionsRemoved', typeId, removed: stale.length, added, issues };
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
