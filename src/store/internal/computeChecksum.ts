import type { Dexie } from 'dexie';
import { sha256Hex } from '../../shared';
import { stableStringify } from './stableStringify';

/**
 * SHA-256 over every table of `dexie` (tables by name, rows in primary-key order, keys sorted),
 * read in one transaction so a concurrent write cannot make it inconsistent.
 */
export async function computeChecksum(dexie: Dexie): Promise<string> {
  const tables = [...dexie.tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const parts = await dexie.transaction('r', tables, () =>
    Promise.all(
      tables.map(async (table) => `${table.name}\n${(await table.toArray()).map(stableStringify).join('\n')}\n`),
    ),
  );
  return sha256Hex(parts.join(''));
}
