import { isLocalId, type StoredRecord } from '../../src/store';
import { LABEL_FIELD, storedRecords } from './checkInvariants';
import type { LocalContext } from '../../src/sync';

/**
 * The `index`-th local record of a type (modulo their number), in an order that does not depend
 * on the random local ids: server Ids first, then never-sent records by their unique label. A
 * replayed seed must pick the same record.
 */
export async function pickRecord(ctx: LocalContext, typeId: string, index: number): Promise<StoredRecord | undefined> {
  const records = await storedRecords(ctx.db, typeId);
  if (records.length === 0) return undefined;
  const key = (r: StoredRecord) => (isLocalId(String(r.Id)) ? `~${String(r[LABEL_FIELD[typeId]])}` : String(r.Id));
  records.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return records[index % records.length];
}
