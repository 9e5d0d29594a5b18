import type { DataDatabase, StoredRecord } from '../../store';
import type { LocalFilter } from './localFilter';
import type { TypeDownload } from './TypeDownload';

/**
 * Splits the changed records of a batch by the preset's filter evaluated locally (`changesQuery`):
 * the ones that match are stored as before; the Ids of the others left the filter, or never were
 * in it. `matches` null (the server filtered) keeps them all.
 */
export function splitByFilter(
  records: readonly StoredRecord[],
  matches: LocalFilter | null,
  primaryKey: string,
): { kept: StoredRecord[]; leaving: string[] } {
  if (!matches) return { kept: [...records], leaving: [] };
  const kept: StoredRecord[] = [];
  const leaving: string[] = [];
  for (const record of records) {
    if (matches(record)) kept.push(record);
    else leaving.push(String(record[primaryKey]));
  }
  return { kept, leaving };
}

/**
 * Removes the local copies of changed records that no longer match the filter, and returns how
 * many there were. One read for the batch finds which are stored (most records outside the filter
 * never were); the store never deletes a record with a pending local change (applyWriteBatch), so
 * an edit the user has not sent yet stays, as with the Id listing.
 */
export async function removeFilterExits(
  db: DataDatabase,
  typeId: string,
  leaving: readonly string[],
  download: TypeDownload,
): Promise<number> {
  if (leaving.length === 0) return 0;
  const stored = await db.getMany(typeId, leaving);
  const ids = leaving.filter((_, i) => stored[i] !== undefined && stored[i] !== null);
  if (ids.length === 0) return 0;
  await db.writeBatch({ deletes: [{ typeId, ids }] });
  for (const id of ids) {
    download.removed.add(id);
    download.added.delete(id);
  }
  return ids.length;
}
