import type { StoreLayout } from '../types';

/**
 * Prefix of the search index table of a record table: `_words_Account` indexes `Account`. The
 * leading `_` keeps it among the add-in's tables, which a type's table never is (`tableNameFor`).
 */
export const SEARCH_TABLE_PREFIX = '_words_';

/** One row of a search index table: the record's primary key and its tokens (`searchTokensOf`). */
export interface SearchRow {
  readonly id: string;
  readonly w: readonly string[];
}

/** The search index table of record table `table`. */
export function searchTableOf(table: string): string {
  return `${SEARCH_TABLE_PREFIX}${table}`;
}

export function isSearchTable(table: string): boolean {
  return table.startsWith(SEARCH_TABLE_PREFIX);
}

/**
 * The `stores()` spec of the search index: per record table, a table keyed like the record
 * (`id`, so a record's key range is its row's key range) with a multi-entry index of its tokens.
 */
export function searchIndexSchema(layout: StoreLayout): Record<string, string> {
  return Object.fromEntries(layout.types.map((type) => [searchTableOf(type.table), 'id, *w']));
}
