import type { DataSet } from './DataSet';
import type { DataTypeId } from './DataLayout';

/** Link fields of `ActionContact` by the type they point to: deleting that record deletes its links. */
const LINK_FIELDS: Partial<Record<DataTypeId, string>> = { Action: 'Activity Id', Contact: 'Contact Id' };

/**
 * Deletes a live record and, like Siebel's cascade delete on an intersection table, every
 * `ActionContact` row that links the deleted activity or contact. Returns the ids of the removed links.
 */
export function deleteRecord(data: DataSet, type: DataTypeId, id: string): string[] {
  data.delete(type, id);
  const linkField = LINK_FIELDS[type];
  if (linkField === undefined) return [];
  const removed: string[] = [];
  // Links are created rows only (never generated), so this scans a few refs, not the data set.
  for (let ref = 0; ref < data.refCount('ActionContact'); ref += 1) {
    const link = data.recordAt('ActionContact', ref);
    if (link && link[linkField] === id) {
      data.delete('ActionContact', link.Id);
      removed.push(link.Id);
    }
  }
  return removed;
}
