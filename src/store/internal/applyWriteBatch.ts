import type { Dexie } from 'dexie';
import type { StoredRecord, DatabaseSyncState, TypeLayout, WriteBatch } from '../types';
import { OUTBOX, outboxOf } from './local/localTables';

/** Records per bulkPut call inside a write transaction (about 10–20 ms of main thread each). */
const PUT_SLICE = 250;

/** Row key of the singleton `_syncState` row. */
export const SYNC_STATE_KEY = 'state';

/** Sync state merged with a patch: scalars replaced, per-type maps merged key by key. */
export function mergeSyncState(current: DatabaseSyncState, patch: Partial<DatabaseSyncState>): DatabaseSyncState {
  return {
    ...current,
    ...patch,
    watermarks: { ...current.watermarks, ...patch.watermarks },
    typeSyncedAt: { ...current.typeSyncedAt, ...patch.typeSyncedAt },
    // Only databases that use the deletion schedule carry the map (older states stay as they were).
    ...(current.deletionChecks || patch.deletionChecks
      ? { deletionChecks: { ...current.deletionChecks, ...patch.deletionChecks } }
      : {}),
    ...(current.downloadsBegunAt || patch.downloadsBegunAt
      ? { downloadsBegunAt: { ...current.downloadsBegunAt, ...patch.downloadsBegunAt } }
      : {}),
  };
}

/**
 * Runs a write batch in one read-write transaction. `typeOf` maps a TypeId to its layout (and
 * throws for an unknown type before the transaction starts); `initialState` is used when the
 * database has no state row yet. Records with a pending local change are neither put nor deleted.
 */
export async function applyWriteBatch(
  dexie: Dexie,
  batch: WriteBatch,
  typeOf: (typeId: string) => TypeLayout,
  initialState: DatabaseSyncState,
): Promise<void> {
  let puts = (batch.puts ?? []).map((p) => ({ type: typeOf(p.typeId), records: p.records }));
  let deletes = (batch.deletes ?? []).map((d) => ({ type: typeOf(d.typeId), ids: d.ids }));
  const tables = new Set([...puts, ...deletes].map((w) => w.type.table));
  if (tables.size > 0) tables.add(OUTBOX);
  if (batch.checkpoints?.length) tables.add('_checkpoints');
  if (batch.syncState) tables.add('_syncState');
  if (tables.size === 0) return;

  await dexie.transaction('rw', [...tables], async () => {
    const pending = tables.has(OUTBOX) ? await pendingRecordIds(dexie) : undefined;
    if (pending) {
      const keep = (typeId: string, id: unknown) => !pending.get(typeId)?.has(String(id));
      await rememberSkippedServerRecords(dexie, puts, keep);
      puts = puts.map((p) => ({ ...p, records: p.records.filter((r) => keep(p.type.typeId, r[p.type.primaryKey])) }));
      deletes = deletes.map((d) => ({ ...d, ids: d.ids.filter((id) => keep(d.type.typeId, id)) }));
    }
    for (const put of puts) {
      const table = dexie.table<StoredRecord, string>(put.type.table);
      // Slices keep the transaction (still one commit) but let the page run between them: one
      // bulkPut of 2,000 records is a 100–150 ms main-thread task in Chromium (docs/performance.md).
      for (let i = 0; i < put.records.length; i += PUT_SLICE) await table.bulkPut(put.records.slice(i, i + PUT_SLICE));
    }
    for (const del of deletes) {
      if (del.ids.length) await dexie.table(del.type.table).bulkDelete([...del.ids]);
    }
    if (batch.checkpoints?.length) await dexie.table('_checkpoints').bulkPut(batch.checkpoints);
    if (batch.syncState) {
      const stateTable = dexie.table<DatabaseSyncState & { key: string }, string>('_syncState');
      const stored = await stateTable.get(SYNC_STATE_KEY);
      const { key: _key, ...current } = stored ?? { key: SYNC_STATE_KEY, ...initialState };
      await stateTable.put({ key: SYNC_STATE_KEY, ...mergeSyncState(current, batch.syncState) });
    }
  });
}

/**
 * A download does not overwrite a record with a pending change, and its watermark moves past it:
 * the skipped server version is kept on the pending change, so discarding the change restores it.
 */
async function rememberSkippedServerRecords(
  dexie: Dexie,
  puts: ReadonlyArray<{ type: TypeLayout; records: readonly StoredRecord[] }>,
  keep: (typeId: string, id: unknown) => boolean,
): Promise<void> {
  const outbox = outboxOf(dexie);
  for (const put of puts) {
    for (const record of put.records) {
      const id = record[put.type.primaryKey];
      if (!keep(put.type.typeId, id)) await outbox.update([put.type.typeId, String(id)], { serverSeen: record });
    }
  }
}

/**
 * TypeId → ids with a pending change, or `undefined` when the outbox is empty: the common case of
 * a 100,000-record download costs one count per batch and no filtering.
 */
async function pendingRecordIds(dexie: Dexie): Promise<Map<string, Set<string>> | undefined> {
  const outbox = outboxOf(dexie);
  if ((await outbox.count()) === 0) return undefined;
  const byType = new Map<string, Set<string>>();
  for (const [typeId, recordId] of await outbox.toCollection().primaryKeys()) {
    byType.set(typeId, (byType.get(typeId) ?? new Set<string>()).add(recordId));
  }
  return byType;
}
