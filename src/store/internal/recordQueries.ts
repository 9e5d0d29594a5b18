import type { Dexie, Table } from 'dexie';
import { StoreError } from '../errors/StoreError';
import type { ListOptions, SearchQuery, StoredRecord, TypeLayout } from '../types';

type RecordTable = Table<StoredRecord, string>;

function isIndexed(type: TypeLayout, field: string): boolean {
  return field === type.primaryKey || type.indexes.includes(field);
}

function requireIndexed(type: TypeLayout, field: string, what: string): void {
  if (!isIndexed(type, field)) {
    throw new StoreError(
      `${what} failed: field "${field}" of "${type.typeId}" is not indexed — use one of ${[type.primaryKey, ...type.indexes].join(', ')}`,
    );
  }
}

/** Prefix search; see `DataDatabase.search`. */
export async function searchRecords(dexie: Dexie, type: TypeLayout, query: SearchQuery): Promise<StoredRecord[]> {
  const table: RecordTable = dexie.table(type.table);
  const offset = query.offset ?? 0;
  if (query.field !== undefined) {
    requireIndexed(type, query.field, 'Searching');
    return table.where(query.field).startsWithIgnoreCase(query.text).offset(offset).limit(query.limit).toArray();
  }
  // The first offset+limit merged results are always among the first offset+limit of each field.
  const perField = await Promise.all(
    type.searchFields.map(async (field) => {
      const rows = await table
        .where(field)
        .startsWithIgnoreCase(query.text)
        .limit(offset + query.limit)
        .toArray();
      return rows.map((record) => ({ record, key: String(record[field]) }));
    }),
  );
  const best = new Map<string, { record: StoredRecord; key: string }>();
  for (const hit of perField.flat()) {
    const id = String(hit.record[type.primaryKey]);
    const seen = best.get(id);
    if (!seen || hit.key < seen.key) best.set(id, hit);
  }
  return [...best.entries()]
    .sort(([idA, a], [idB, b]) => (a.key < b.key ? -1 : a.key > b.key ? 1 : idA < idB ? -1 : idA > idB ? 1 : 0))
    .slice(offset, offset + query.limit)
    .map(([, hit]) => hit.record);
}

/** A page in index order; see `DataDatabase.list`. */
export async function listRecords(dexie: Dexie, type: TypeLayout, options: ListOptions): Promise<StoredRecord[]> {
  const table: RecordTable = dexie.table(type.table);
  const orderBy = options.orderBy ?? type.primaryKey;
  requireIndexed(type, orderBy, 'Listing records');
  let collection = orderBy === type.primaryKey ? table.toCollection() : table.orderBy(orderBy);
  if (options.reverse) collection = collection.reverse();
  return collection.offset(options.offset).limit(options.limit).toArray();
}

/** Exact match on one field; a scan when the field has no index. */
export async function recordsWhereEquals(
  dexie: Dexie,
  type: TypeLayout,
  field: string,
  value: string,
): Promise<StoredRecord[]> {
  const table: RecordTable = dexie.table(type.table);
  if (isIndexed(type, field)) return table.where(field).equals(value).toArray();
  return table.filter((record) => record[field] === value).toArray();
}
