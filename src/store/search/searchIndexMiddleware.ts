import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import type { StoredRecord, StoreLayout, TypeLayout } from '../types';
import { searchTableOf, type SearchRow } from './searchTables';
import { searchTokensOf } from './searchTokensOf';

/**
 * Keeps the search index (`_words_<table>`) in step with every write to a record table, in the
 * same transaction: a put or add writes the record's row, a delete or clear removes it. It sits
 * under Dexie's tables, so every write path is covered without each knowing of the index: the
 * download's `applyWriteBatch`, the local edits, the upload's acknowledgements and id remaps.
 * A read-write transaction over a record table is widened to its search table for that reason.
 */
export function searchIndexMiddleware(layout: StoreLayout): Middleware<DBCore> {
  const types = new Map(layout.types.map((type) => [type.table, type]));
  return {
    stack: 'dbcore',
    name: 'SearchIndex',
    create: (down) => {
      // Dexie also builds the stack for the schemas of older versions while it upgrades, where the
      // index tables do not exist yet: there, and only there, records are written without them.
      const existing = new Set(down.schema.tables.map((table) => table.name));
      const indexOf = (table: string) => (existing.has(searchTableOf(table)) ? searchTableOf(table) : undefined);
      return {
        ...down,
        transaction(stores, mode, options) {
          if (mode !== 'readwrite') return down.transaction(stores, mode, options);
          const extra = stores.filter((s) => types.has(s)).flatMap((s) => indexOf(s) ?? []);
          return down.transaction(extra.length ? [...new Set([...stores, ...extra])] : stores, mode, options);
        },
        table(name) {
          const table = down.table(name);
          const type = types.get(name);
          const index = indexOf(name);
          return type && index ? indexedTable(table, () => down.table(index), type) : table;
        },
      };
    },
  };
}

function indexedTable(records: DBCoreTable, index: () => DBCoreTable, type: TypeLayout): DBCoreTable {
  return {
    ...records,
    async mutate(req) {
      const response = await records.mutate(req);
      await mirror(req, response, index(), type);
      return response;
    },
  };
}

/** The index's side of one record mutation (after it, so failed puts are not indexed). */
async function mirror(
  req: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
  index: DBCoreTable,
  type: TypeLayout,
): Promise<void> {
  const trans: DBCoreTransaction = req.trans;
  if (req.type === 'deleteRange') {
    await index.mutate({ type: 'deleteRange', trans, range: req.range });
    return;
  }
  if (req.type === 'delete') {
    if (req.keys.length) await index.mutate({ type: 'delete', trans, keys: req.keys });
    return;
  }
  const rows: SearchRow[] = [];
  req.values.forEach((value: StoredRecord, i) => {
    if (response.failures[i]) return;
    const id = value[type.primaryKey];
    // The row takes the record's key as it is, so a key range of records is the same range of rows.
    if (id !== undefined && id !== null) rows.push({ id: id as string, w: searchTokensOf(value, type.searchFields) });
  });
  if (rows.length) await index.mutate({ type: 'put', trans, values: rows });
}
