import { primaryKeyName, type ObjectType } from '../../metadata';
import type { StoredRecord } from '../../store';
import { downloadQuery } from '../download/downloadQuery';
import { mapBatch } from '../download/mapBatch';
import type { Workspace } from '../run/Workspace';

/**
 * Every record of `object` matching `searchSpec` under `viewMode`, mapped to stored values (a
 * record that cannot be mapped is left out). Used for the upload's checks, not for downloads.
 */
export async function queryRecords(
  ws: Workspace,
  object: ObjectType,
  searchSpec: string,
  viewMode: string,
): Promise<StoredRecord[]> {
  const query = {
    object,
    intObjName: object.intObjName,
    collectionElemName: object.collectionElemName,
    recordElemName: object.recordElemName,
    fields: object.fields.map((f) => f.ioElemName),
    searchSpec,
    sortSpec: primaryKeyName(object),
    viewMode,
  };
  const records: StoredRecord[] = [];
  await downloadQuery(ws, query, { writeBatch: async (batch) => void records.push(...mapBatch(query, batch, [])) });
  return records;
}
