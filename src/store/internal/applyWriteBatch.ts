import type { Dexie } from 'dexie';
import type { StoredRecord, SyncState, WriteBatch } from '../types';

/** Records per bulkPut call inside a write transaction (about 10–20 ms of main thread each). */
const PUT_SLICE = 250;

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
      const table = dexie.table<StoredRecord, string>(put.table);
      // Slices keep the transaction (still one commit) but let the page run between them: one
      // bulkPut of 2,000 records is a 100–150 ms main-thread task in Chromium (docs/performance.md).
      for (let i = 0; i < put.records.length; i += PUT_SLICE) await table.bulkPut(put.records.slice(i, i + PUT_SLICE));
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
