import type { DataSet } from '../data/DataSet';
import type { DataTypeId } from '../data/DataLayout';
import type { SimRecord } from '../types';
import { compare, kindOf, toComparable } from './compareValues';
import { matchCache } from './matchCache';
import type { RecordPredicate } from './parseSearchSpec';
import type { SortKey } from './parseSortSpec';

/** What to select. */
export interface QuerySpec {
  readonly type: DataTypeId;
  readonly owners: ReadonlySet<string> | 'all';
  readonly predicate?: RecordPredicate;
  /** Names the predicate (its spec text and object) so its verdicts on generated records can be cached. */
  readonly predicateKey?: string;
  readonly sort: readonly SortKey[];
}

const STAMP_FIELDS: ReadonlySet<string> = new Set(['Created', 'Updated']);

/**
 * The refs of all matching records in sort order, ties broken by Id. Visibility needs no record
 * (owners are arithmetic), so with no SearchSpec and the default order a million-record type is
 * scanned without building a single record. Like a database with indexes: a lower bound on
 * `Created`/`Updated` scans the stamp index and builds only the candidates, and a filter's
 * verdicts on generated records are cached under `predicateKey`.
 */
export function runQuery(data: DataSet, spec: QuerySpec): Int32Array {
  const { type, predicate } = spec;
  // "Changed since T" (a lower bound on a stamp) reads the stamp index: only candidates are built.
  const bound = predicate?.bounds?.find((b) => STAMP_FIELDS.has(b.field));
  const candidates = bound ? data.refsStampedSince(type, bound.field as 'Created' | 'Updated', bound.min) : undefined;
  const verdicts =
    predicate && !candidates && spec.predicateKey !== undefined ? matchCache(data, type, spec.predicateKey) : undefined;
  const total = candidates ? candidates.length : data.refCount(type);
  const matches = new Int32Array(total);
  let count = 0;
  for (let i = 0; i < total; i += 1) {
    const ref = candidates ? candidates[i] : i;
    if (spec.owners !== 'all' && !spec.owners.has(data.ownerAt(type, ref))) continue;
    if (data.isDeleted(type, ref)) continue;
    if (predicate && !(verdicts ? cachedTest(data, type, ref, predicate, verdicts) : test(data, type, ref, predicate)))
      continue;
    matches[count++] = ref;
  }
  const refs = matches.slice(0, count);
  const byIdOnly = spec.sort.every((key) => key.field.name === 'Id' && !key.descending);
  if (byIdOnly && data.refsInIdOrder(spec.type)) return refs;
  return sortRefs(data, spec.type, refs, spec.sort);
}

function test(data: DataSet, type: DataTypeId, ref: number, predicate: RecordPredicate): boolean {
  const record = data.recordAt(type, ref);
  return record !== undefined && predicate(record);
}

function cachedTest(
  data: DataSet,
  type: DataTypeId,
  ref: number,
  predicate: RecordPredicate,
  verdicts: Uint8Array,
): boolean {
  if (data.isOverlaid(type, ref)) return test(data, type, ref, predicate);
  if (verdicts[ref] === 0) verdicts[ref] = test(data, type, ref, predicate) ? 1 : 2;
  return verdicts[ref] === 1;
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
