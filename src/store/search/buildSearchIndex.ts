import type { Transaction } from 'dexie';
import type { StoredRecord, StoreLayout } from '../types';
import { searchTableOf, type SearchRow } from './searchTables';
import { searchTokensOf } from './searchTokensOf';

/** Records read and indexed per step of the upgrade: bounded memory on a 100,000-record database. */
const CHUNK = 2_000;

/**
 * Version 6's upgrade: fills the search index from the records already stored, type by type in
 * primary-key order. It only adds rows to the new tables; records, the outbox and issues are read,
 * never written, so unsent changes survive it as they are.
 */
export async function buildSearchIndex(tx: Transaction, layout: StoreLayout): Promise<void> {
  for (const type of layout.types) {
    const records = tx.table<StoredRecord, string>(type.table);
    const index = tx.table<SearchRow, string>(searchTableOf(type.table));
    let after: string | undefined;
    for (;;) {
      const chunk = await (after === undefined ? records.toCollection() : records.where(':id').above(after))
        .limit(CHUNK)
        .toArray();
      if (chunk.length === 0) break;
      await index.bulkPut(
        chunk.map((record) => ({
          id: record[type.primaryKey] as string,
          w: searchTokensOf(record, type.searchFields),
        })),
      );
      after = chunk[chunk.length - 1][type.primaryKey] as string;
      if (chunk.length < CHUNK) break;
    }
  }
}
