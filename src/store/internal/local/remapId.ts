import type { Dexie, Table } from 'dexie';
import type { PendingChange, StoredRecord, StoreLayout, TypeLayout } from '../../types';
import { issueIdOf, issuesOf, outboxOf, remapsOf, sharesOf } from './localTables';

/** One id replaced by another (see `LocalMutation.remaps`). */
export interface IdRemap {
  readonly typeId: string;
  readonly from: string;
  readonly to: string;
}

type Mutable = Record<string, unknown>;

/**
 * Replaces `from` by `to` for records of `remap.typeId`: the record's key, every reference field of
 * every type that points to that type, the pending change (key and referencing `base` values), the
 * issue and the shares. Runs inside the caller's read-write transaction over every record table
 * and the local-change tables. When a record (or pending change, or issue) already exists under
 * `to`, that one is kept and the one under `from` dropped: linking a duplicate to an existing
 * record must not overwrite the existing record with the new one's values.
 */
export async function remapId(dexie: Dexie, layout: StoreLayout, type: TypeLayout, remap: IdRemap): Promise<void> {
  const { from, to } = remap;
  if (from === to) return;
  await moveRow(dexie.table<StoredRecord, string>(type.table), from, to, (record) => ({
    ...record,
    [type.primaryKey]: to,
  }));
  // The trail lets a view that still shows `from` (a record detail open during the sync) find it.
  await remapsOf(dexie).put({ typeId: type.typeId, from, to });
  for (const other of layout.types) {
    for (const ref of other.references.filter((r) => r.typeId === type.typeId)) {
      const table = dexie.table<StoredRecord, string>(other.table);
      const holding = other.indexes.includes(ref.field)
        ? table.where(ref.field).equals(from)
        : table.filter((record) => record[ref.field] === from);
      await holding.modify((record) => void ((record as Mutable)[ref.field] = to));
    }
  }
  const outbox = outboxOf(dexie);
  await moveRow<PendingChange, [string, string]>(outbox, [type.typeId, from], [type.typeId, to], (change) => ({
    ...change,
    recordId: to,
  }));
  await outbox
    .filter((change) => referencingFields(layout, change, type.typeId, from).length > 0)
    .modify((change) => {
      const base = { ...(change.base as StoredRecord) } as Mutable;
      for (const field of referencingFields(layout, change, type.typeId, from)) base[field] = to;
      (change as { base: unknown }).base = base;
    });
  await moveRow(issuesOf(dexie), issueIdOf(type.typeId, from), issueIdOf(type.typeId, to), (issue) => ({
    ...issue,
    id: issueIdOf(type.typeId, to),
    recordId: to,
  }));
  await sharesOf(dexie)
    .where('recordId')
    .equals(from)
    .filter((share) => share.typeId === type.typeId)
    .modify((share) => void ((share as { recordId: string }).recordId = to));
}

/** Moves a row from one key to another unless a row already exists there (then drops it). */
async function moveRow<Row, Key>(table: Table<Row, Key>, from: Key, to: Key, rekey: (row: Row) => Row): Promise<void> {
  const row = await table.get(from);
  if (row === undefined) return;
  await table.delete(from);
  if ((await table.get(to)) === undefined) await table.put(rekey(row));
}

/** Reference fields of the change's `base` that point to `typeId` and hold `id`. */
function referencingFields(layout: StoreLayout, change: PendingChange, typeId: string, id: string): string[] {
  const base = change.base;
  if (!base) return [];
  const type = layout.types.find((t) => t.typeId === change.typeId);
  return (type?.references ?? []).filter((r) => r.typeId === typeId && base[r.field] === id).map((r) => r.field);
}
