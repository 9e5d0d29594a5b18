import type { Dexie } from 'dexie';
import type { StoredRecord, SyncState, WriteBatch } from '../types';

/** Row key of the singleton `_syncState` row. */
export const SYNC_STATE_KEY = 'state';

/** Sync state merged with a patch: scalars replaced, per-type maps merged key by key. */
export function mergeSyncState(current: SyncState, patch: Partial<SyncState>): SyncState {
  return {
    ...current,
    ...patch,
    watermarks: { ...current.watermarks, ...patch.watermarks },
    typeSyncedAt: { ...current.typeSyncedAt, ...patch.typeSyncedAt },
  };
}

/**
 * Runs a write batch in one read-write transaction. `tableOf` maps a TypeId to its table (and
 * throws for an unknown type before the transaction starts); `initialState` is used when the
 * database has no state row yet.
 */
export async function applyWriteBatch(
  dexie: Dexie,
  batch: WriteBatch,
  tableOf: (typeId: string) => string,
  initialState: SyncState,
): Promise<void> {
  const puts = (batch.puts ?? []).map((p) => ({ table: tableOf(p.typeId), records: p.records }));
  const deletes = (batch.deletes ?? []).map((d) => ({ table: tableOf(d.typeId), ids: d.ids }));
  const tables = new Set([...puts.map((p) => p.table), ...deletes.map((d) => d.table)]);
  if (batch.checkpoints?.length) tables.add('_checkpoints');
  if (batch.syncState) tables.add('_syncState');
  if (tables.size === 0) return;

  await dexie.transaction('rw', [...tables], async () => {
    for (const put of puts) {
      if (put.records.length) await dexie.table<StoredRecord, string>(put.table).bulkPut(put.records);
    }
    for (const del of deletes) {
      if (del.ids.length) await dexie.table(del.table).bulkDelete([...del.ids]);
    }
    if (batch.checkpoints?.length) await dexie.table('_checkpoints').bulkPut(batch.checkpoints);
    if (batch.syncState) {
      const stateTable = dexie.table<SyncState & { key: string }, string>('_syncState');
      const stored = await stateTable.get(SYNC_STATE_KEY);
      const { key: _key, ...current } = stored ?? { key: SYNC_STATE_KEY, ...initialState };
      await stateTable.put({ key: SYNC_STATE_KEY, ...mergeSyncState(current, batch.syncState) });
    }
  });
}
