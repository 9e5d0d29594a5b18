import type { Dexie, Table } from 'dexie';
import type { StoredRecord, StoreLayout, TypeLayout } from '../types';
import { wordsOf } from './foldText';
import { rankMatch, tokenScore } from './rankMatch';
import { searchTableOf, type SearchRow } from './searchTables';
import type { EverythingGroup, EverythingHit, EverythingQuery, EverythingResult } from './types';

/**
 * Index entries read per type and query word. They come in token order, so the exact word comes
 * first and then the shortest completions ("acme", "acmes", "acmeworks"): the first 400 are the
 * best word matches there are, and reading their keys takes a few milliseconds. A word that starts
 * more tokens than that (one letter) is answered from these and counted as "400+".
 */
export const CANDIDATES = 400;

/** Hits per type, best first, when the query does not say. */
const PER_TYPE = 5;

/** Candidates per returned hit that are ranked in full (field by field), after the token ranking. */
const RANKED_PER_HIT = 4;

/** See `DataDatabase.searchEverything`. */
export async function searchEverything(
  dexie: Dexie,
  layout: StoreLayout,
  query: EverythingQuery,
): Promise<EverythingResult> {
  const queryWords = [...new Set(wordsOf(query.text))];
  if (queryWords.length === 0) return { groups: [] };
  const wanted = query.typeIds ? new Set(query.typeIds) : null;
  const types = layout.types.filter((type) => !wanted || wanted.has(type.typeId));
  const tables = types.flatMap((type) => [type.table, searchTableOf(type.table)]);
  const perType = query.perType ?? PER_TYPE;
  const boosts = new Map((query.boosts ?? []).map((b) => [`${b.typeId}\u0000${b.id}`, b.weight]));
  const groups = await dexie.transaction('r', tables, () =>
    Promise.all(types.map((type) => searchType(dexie, type, queryWords, perType, boosts))),
  );
  const order = new Map(types.map((type, i) => [type.typeId, i]));
  return {
    groups: groups
      .filter((group) => group.hits.length > 0)
      .sort((a, b) => b.hits[0].score - a.hits[0].score || order.get(a.typeId)! - order.get(b.typeId)!),
  };
}

async function searchType(
  dexie: Dexie,
  type: TypeLayout,
  queryWords: readonly string[],
  perType: number,
  boosts: ReadonlyMap<string, number>,
): Promise<EverythingGroup> {
  const index: Table<SearchRow, string> = dexie.table(searchTableOf(type.table));
  const { rows: candidates, capped } = await candidateRows(index, queryWords);
  // Boosted records are looked at even when the candidates missed them (a favourite among "400+").
  const prefix = `${type.typeId}\u0000`;
  const missing = [...boosts.keys()]
    .filter((key) => key.startsWith(prefix) && !candidates.has(key.slice(prefix.length)))
    .map((key) => key.slice(prefix.length));
  if (missing.length) for (const row of await index.bulkGet(missing)) if (row) candidates.set(row.id, row);
  const rows = [...candidates.values()];

  const boostOf = (id: string) => boosts.get(`${type.typeId}\u0000${id}`) ?? 0;
  const matched = rows
    .map((row) => ({ row, score: tokenScore(queryWords, row.w) }))
    .filter((m): m is { row: SearchRow; score: number } => m.score !== null)
    // Equal token scores: the record with fewer tokens first, it is likelier a whole-field match.
    .sort(
      (a, b) =>
        b.score + boostOf(b.row.id) / 10 - (a.score + boostOf(a.row.id) / 10) || a.row.w.length - b.row.w.length,
    );
  const ranked = matched.slice(0, Math.max(perType * RANKED_PER_HIT, perType));
  const records = await dexie.table<StoredRecord, string>(type.table).bulkGet(ranked.map((m) => m.row.id));
  const hits: EverythingHit[] = [];
  ranked.forEach(({ row }, i) => {
    const record = records[i];
    const rank = record && rankMatch(queryWords, record, type.searchFields, row.w, boostOf(row.id));
    if (record && rank) hits.push({ typeId: type.typeId, id: row.id, record, ...rank });
  });
  hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    typeId: type.typeId,
    hits: hits.slice(0, perType),
    total: matched.length,
    capped,
  };
}

/**
 * The rows that may match: per query word, up to {@link CANDIDATES} index entries starting with it,
 * read with their rows in one request each (side by side). A word with fewer has them all, and the
 * smallest such set is exactly the records that can match ("company 2499": the few "2499…", not
 * the thousands of "company"). When every word has more, their intersection is what is looked at,
 * and the count is a lower bound (`capped`). Rows come with the entries: a `bulkGet` of 400 keys
 * is 400 requests, which cost 10 times more in Chromium (docs/performance.md).
 */
async function candidateRows(
  index: Table<SearchRow, string>,
  queryWords: readonly string[],
): Promise<{ rows: Map<string, SearchRow>; capped: boolean }> {
  const perWord = await Promise.all(
    queryWords.map(async (word) => {
      const entries = await index.where('w').startsWith(word).limit(CANDIDATES).toArray();
      // A record with two tokens starting with the word is listed twice: the limit counts entries.
      return { rows: new Map(entries.map((row) => [row.id, row])), all: entries.length < CANDIDATES };
    }),
  );
  const whole = perWord.filter((w) => w.all).map((w) => w.rows);
  if (whole.length > 0) return { rows: whole.reduce((a, b) => (b.size < a.size ? b : a)), capped: false };
  const [first, ...others] = perWord.map((w) => w.rows);
  const both = [...first].filter(([id]) => others.every((rows) => rows.has(id)));
  return { rows: new Map(both), capped: true };
}
