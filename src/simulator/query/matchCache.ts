import type { DataSet } from '../data/DataSet';
import type { DataTypeId } from '../data/DataLayout';

/** Filters remembered per data set; time-relative specs change their text, so keep a few only. */
const MAX_FILTERS = 16;

// Generated records are pure functions of their index, so a filter's verdict on one that is not
// overlaid (updated, created) never changes: 0 = not tested yet, 1 = match, 2 = no match.
const caches = new WeakMap<DataSet, Map<string, Uint8Array>>();

/**
 * The remembered verdicts of one filter (`filterKey` names the filter and the object definition
 * it was compiled against) over the generated records of a type, created on first use. Like a
 * database's cached plan + result bitmap: a repeated Id listing or download need not rebuild
 * every record only to test it again. Overlaid refs must not be read from it.
 */
export function matchCache(data: DataSet, type: DataTypeId, filterKey: string): Uint8Array {
  let byKey = caches.get(data);
  if (!byKey) caches.set(data, (byKey = new Map()));
  const key = `${type}\u0000${filterKey}`;
  let verdicts = byKey.get(key);
  if (verdicts) {
    // Most recently used last, so the oldest is dropped first.
    byKey.delete(key);
  } else {
    verdicts = new Uint8Array(data.layout.count(type));
    if (byKey.size >= MAX_FILTERS) byKey.delete(byKey.keys().next().value as string);
  }
  byKey.set(key, verdicts);
  return verdicts;
}
