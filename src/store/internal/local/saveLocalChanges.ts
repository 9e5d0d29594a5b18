import type { Dexie } from 'dexie';
import { StoreError } from '../../errors/StoreError';
import { isLocalId } from '../../isLocalId';
import type { LocalEdit, LocalEditExtras, StoredRecord, StoreLayout, TypeLayout } from '../../types';
import { foldLocalEdit } from './foldLocalEdit';
import { ISSUES, issueIdOf, issuesOf, OUTBOX, outboxOf, REMAPS, SHARES, sharesOf } from './localTables';
import { remapId } from './remapId';
import { EDITS_CLOSED_TABLE, refuseWhileClosed } from './editsClosed';

/** What saving needs besides the database: the layout, time and fresh local ids. */
export interface SaveContext {
  readonly layout: StoreLayout;
  readonly typeOf: (typeId: string) => TypeLayout;
  readonly now: () => number;
  readonly newLocalId: () => string;
  readonly newChangeId: () => string;
}

/**
 * Saves `edits`, each folded into its record's pending change, then `extras`, in one read-write
 * transaction over the records' tables and the local-change tables, so a crash or a refused edit
 * keeps all or nothing. Edits run in order, each reading what the earlier ones wrote.
 */
export function saveLocalChanges(
  dexie: Dexie,
  edits: readonly LocalEdit[],
  extras: LocalEditExtras,
  ctx: SaveContext,
): Promise<(StoredRecord | undefined)[]> {
  const types = edits.map((edit) => ctx.typeOf(edit.typeId));
  for (const edit of edits) {
    if (edit.operation === 'insert' && edit.id !== undefined && !isLocalId(edit.id)) {
      throw new StoreError(
        `Saving your change failed: the new ${edit.typeId} id "${edit.id}" is not a local id — let the store choose the id, or use one that starts with "local-"`,
      );
    }
  }
  const remaps = (extras.remaps ?? []).map((remap) => ({ remap, type: ctx.typeOf(remap.typeId) }));
  // A remap may touch a reference in any type, so it needs every record table.
  const recordTables = remaps.length > 0 ? ctx.layout.types.map((t) => t.table) : types.map((t) => t.table);
  const tables = [...new Set(recordTables), OUTBOX, ISSUES, SHARES, REMAPS, EDITS_CLOSED_TABLE];
  return dexie.transaction('rw', tables, async () => {
    await refuseWhileClosed(dexie, ctx.now());
    const saved: (StoredRecord | undefined)[] = [];
    for (const [i, edit] of edits.entries()) saved.push(await saveOne(dexie, edit, types[i], ctx));
    for (const { remap, type } of remaps) await remapId(dexie, ctx.layout, type, remap);
    const { issues, shares } = extras;
    if (issues?.put?.length) await issuesOf(dexie).bulkPut([...issues.put]);
    if (issues?.delete?.length) await issuesOf(dexie).bulkDelete([...issues.delete]);
    if (shares?.put?.length) await sharesOf(dexie).bulkPut([...shares.put]);
    if (shares?.delete?.length) await sharesOf(dexie).bulkDelete([...shares.delete]);
    return saved;
  });
}

/** One edit, inside the caller's transaction. Returns the stored record (`undefined` after a delete). */
async function saveOne(
  dexie: Dexie,
  edit: LocalEdit,
  type: TypeLayout,
  ctx: SaveContext,
): Promise<StoredRecord | undefined> {
  const records = dexie.table<StoredRecord, string>(type.table);
  const id = edit.id;
  const [current, pending] =
    id === undefined
      ? [undefined, undefined]
      : await Promise.all([records.get(id), outboxOf(dexie).get([edit.typeId, id])]);
  const write = foldLocalEdit({
    edit,
    type,
    current,
    pending,
    now: ctx.now(),
    newLocalId: ctx.newLocalId,
    newChangeId: ctx.newChangeId,
  });
  if ('put' in write.record) await records.put(write.record.put);
  else await records.delete(write.recordId);
  if (write.pending && 'put' in write.pending) await outboxOf(dexie).put(write.pending.put);
  else if (write.pending) await outboxOf(dexie).delete([edit.typeId, write.recordId]);
  if (write.dropIssue) await issuesOf(dexie).delete(issueIdOf(edit.typeId, write.recordId));
  if (write.dropShares) {
    await sharesOf(dexie)
      .where('recordId')
      .equals(write.recordId)
      .filter((share) => share.typeId === edit.typeId)
      .delete();
  }
  return 'put' in write.record ? write.record.put : undefined;
}
