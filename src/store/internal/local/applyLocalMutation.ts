import type { Dexie } from 'dexie';
import type { LocalMutation, StoredRecord, StoreLayout, TypeLayout } from '../../types';
import { ISSUES, issuesOf, OUTBOX, outboxOf, REMAPS, SHARES, sharesOf } from './localTables';
import { remapId } from './remapId';
import { EDITS_CLOSED_TABLE, refuseWhileClosed } from './editsClosed';

/**
 * Writes a local mutation in one read-write transaction: remaps first, then record puts and
 * deletes, pending changes, issues and shares. Any failure aborts all of it. When a pending change
 * named in `expect` has another revision or `changeId` than expected (the user saved again
 * meanwhile), nothing is written and the result is `false`. A mutation with
 * remaps locks every record table, because any type may hold a reference to the remapped id.
 */
export function applyLocalMutation(
  dexie: Dexie,
  layout: StoreLayout,
  typeOf: (typeId: string) => TypeLayout,
  mutation: LocalMutation,
  now: number,
): Promise<boolean> {
  const remaps = (mutation.remaps ?? []).map((remap) => ({ remap, type: typeOf(remap.typeId) }));
  const puts = (mutation.puts ?? []).map((p) => ({ table: typeOf(p.typeId).table, record: p.record }));
  const deletes = (mutation.deletes ?? []).map((d) => ({ table: typeOf(d.typeId).table, id: d.id }));
  for (const change of mutation.pending?.put ?? []) typeOf(change.typeId);
  const recordTables = remaps.length ? layout.types.map((t) => t.table) : [...puts, ...deletes].map((w) => w.table);
  const tables = [...new Set(recordTables), OUTBOX, ISSUES, SHARES, REMAPS, EDITS_CLOSED_TABLE];
  return dexie.transaction('rw', tables, async () => {
    await refuseWhileClosed(dexie, now);
    // Checked inside the transaction, so no save can slip in between the check and the writes.
    for (const expected of mutation.expect ?? []) {
      const current = await outboxOf(dexie).get([expected.typeId, expected.recordId]);
      if ((current?.revision ?? null) !== expected.revision) return false;
      // The same revision of another change: the one read was discarded and a new one saved since.
      if (expected.changeId !== undefined && current?.changeId !== expected.changeId) return false;
    }
    for (const { remap, type } of remaps) await remapId(dexie, layout, type, remap);
    for (const put of puts) await dexie.table<StoredRecord, string>(put.table).put(put.record);
    for (const del of deletes) await dexie.table(del.table).delete(del.id);
    const { pending, issues, shares } = mutation;
    if (pending?.put?.length) await outboxOf(dexie).bulkPut([...pending.put]);
    if (pending?.delete?.length)
      await outboxOf(dexie).bulkDelete(pending.delete.map((p) => [p.typeId, p.recordId] as [string, string]));
    if (issues?.put?.length) await issuesOf(dexie).bulkPut([...issues.put]);
    if (issues?.delete?.length) await issuesOf(dexie).bulkDelete([...issues.delete]);
    if (shares?.put?.length) await sharesOf(dexie).bulkPut([...shares.put]);
    if (shares?.delete?.length) await sharesOf(dexie).bulkDelete([...shares.delete]);
    return true;
  });
}
