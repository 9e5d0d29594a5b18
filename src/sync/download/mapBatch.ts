import type { StoredRecord } from '../../store';
import { mapWireRecord } from './mapWireRecord';
import type { SyncIssue } from '../machine/types';
import type { PageBatch } from './pagePipeline';
import type { TypeQuery } from './typeQuery';

/** Maps a batch's wire records; a record that cannot be mapped is added to `issues` instead. */
export function mapBatch(query: TypeQuery, batch: PageBatch, issues: SyncIssue[]): StoredRecord[] {
  const records: StoredRecord[] = [];
  for (const wire of batch.records) {
    const mapped = mapWireRecord(query.object, wire);
    if (mapped.ok) records.push(mapped.record);
    else
      issues.push({
        typeId: query.object.typeId,
        ...(mapped.id ? { recordId: mapped.id } : {}),
        message: mapped.problem,
      });
  }
  return records;
}
