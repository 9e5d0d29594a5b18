import type { DataSet } from '../data/DataSet';
import type { DataTypeId } from '../data/DataLayout';
import type { SimRecord } from '../types';
import { compare, kindOf, toComparable } from './compareValues';
import type { RecordPredicate } from './parseSearchSpec';
import type { SortKey } from './parseSortSpec';

/** What to select. */
export interface QuerySpec {
  readonly type: DataTypeId;
  readonly owners: ReadonlySet<string> | 'all';
  readonly predicate?: RecordPredicate;
  readonly sort: readonly SortKey[];
}

/**
 * The refs of all matching records in sort order, ties broken by Id. Visibility needs no record
 * (owners are arithmetic), so with no SearchSpec and the default order a million-record type is
 * scanned without building a single record.
 */
export function runQuery(data: DataSet, spec: QuerySpec): Int32Array {
  const total = data.refCount(spec.type);
  const matches = new Int32Array(total);
  let count = 0;
  for (let ref = 0; ref < total; ref += 1) {
    if (spec.owners !== 'all' && !spec.owners.has(data.ownerAt(spec.type, ref))) continue;
    if (data.isDeleted(spec.type, ref)) continue;
    if (spec.predicate) {
      const record = data.recordAt(spec.type, ref);
      if (!record || !spec.predicate(record)) continue;
    }
    matches[count++] = ref;
  }
  const refs = matches.slice(0, count);
  const byIdOnly = spec.sort.every((key) => key.field.name === 'Id' && !key.descending);
  if (byIdOnly && data.refsInIdOrder(spec.type)) return refs;
  return sortRefs(data, spec.type, refs, spec.sort);
}

function sortRefs(data: DataSet, type: DataTypeId, refs: Int32Array, sort: readonly SortKey[]): Int32Array {
  const rows = Array.from(refs, (ref) => {
    const record = data.recordAt(type, ref) as SimRecord;
    return { ref, id: record.Id ?? '', keys: sort.map((key) => sortValue(record, key)) };
  });
  rows.sort((a, b) => {
    for (let i = 0; i < sort.length; i += 1) {
      const order = compareNullsLast(a.keys[i], b.keys[i]);
      if (order !== 0) return sort[i].descending ? -order : order;
    }
    return compare(a.id, b.id);
  });
  return Int32Array.from(rows, (row) => row.ref);
}

function sortValue(record: SimRecord, key: SortKey): number | string | undefined {
  const text = record[key.field.name] ?? '';
  return text === '' ? undefined : (toComparable(kindOf(key.field.dataType), text) ?? text);
}

// Empty values sort after all others in ascending order (Oracle's default for NULL).
function compareNullsLast(a: number | string | undefined, b: number | string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  if (typeof a !== typeof b) return compare(String(a), String(b));
  return compare(a, b);
}
