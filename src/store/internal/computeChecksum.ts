import type { Dexie } from 'dexie';
import { sha256Hex } from '../../shared';
import { isSearchTable } from '../search/searchTables';
import { stableStringify } from './stableStringify';

/**
 * SHA-256 over every table of `dexie` (tables by name, rows in primary-key order, keys sorted),
 * read in one transaction so a concurrent write cannot make it inconsistent. The search index is
 * left out: it is derived from the records, not content of its own.
 */
export async function computeChecksum(dexie: Dexie): Promise<string> {
  const tables = [...dexie.tables]
    .filter((table) => !isSearchTable(table.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const parts = await dexie.transaction('r', tables, () =>
    Promise.all(
      tables.map(async (table) => `${table.name}\n${(await table.toArray()).map(stableStringify).join('\n')}\n`),
    ),
  );
  return sha256Hex(parts.join(''));
}
