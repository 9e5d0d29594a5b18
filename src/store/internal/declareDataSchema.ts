import type { Dexie } from 'dexie';
import { schemaFromLayout } from '../deriveSchema';
import { buildSearchIndex } from '../search/buildSearchIndex';
import { searchIndexMiddleware } from '../search/searchIndexMiddleware';
import { searchIndexSchema } from '../search/searchTables';
import type { StoreLayout } from '../types';

/**
 * Add-in tables of issue #9: the outbox (one pending change per record), open synchronization
 * issues and shared Outlook items. Not part of the package schema, so not in the fingerprint.
 */
export const LOCAL_CHANGE_TABLES: Readonly<Record<string, string>> = {
  _outbox: '[typeId+recordId], createdAt',
  _issues: 'id, createdAt',
  _shares: 'itemKey, recordId',
};

/**
 * Version 4: a share is found by every key its Outlook item has had (`aliases`, multi-entry), not
 * only by the share key it is stored under (docs/local-changes.md "Share identity").
 */
export const SHARE_ALIASES_TABLE: Readonly<Record<string, string>> = {
  _shares: 'itemKey, recordId, *aliases',
};

/** Where ids went when a sync gave new records their Siebel Id (see `DataDatabase.currentId`). */
export const REMAP_TABLE: Readonly<Record<string, string>> = {
  _remaps: '[typeId+from]',
};

/**
 * Declares every version of a data database. Versions are append-only: version 1 is the schema
 * databases were created with before issue #9; versions 2 and 3 only add tables, so Dexie upgrades
 * an existing database in place and keeps its records. Version 4 indexes the item keys a share
 * was seen under; rows from before keep their key (the item key they were shared under becomes
 * their share key) and get it as their only alias, so they are found exactly as before. Version 5
 * changes no table, only the sync state row (`renameLastSyncTime`). Version 6 adds the search index
 * of every record table (`_words_<table>`, issue 21's search of everything) and builds it from the
 * records already there; the middleware installed here keeps it up to date on every later write,
 * so every handle of a data database (the pane's, the sync worker's) maintains it.
 */
export function declareDataSchema(dexie: Dexie, layout: StoreLayout): void {
  dexie.use(searchIndexMiddleware(layout));
  dexie.version(1).stores(schemaFromLayout(layout));
  dexie.version(2).stores(LOCAL_CHANGE_TABLES);
  dexie.version(3).stores(REMAP_TABLE);
  dexie
    .version(4)
    .stores(SHARE_ALIASES_TABLE)
    .upgrade((tx) =>
      tx
        .table('_shares')
        .toCollection()
        .modify((row: { itemKey: string; aliases?: unknown }) => {
          if (!Array.isArray(row.aliases)) row.aliases = [row.itemKey];
        }),
    );
  dexie
    .version(5)
    .stores({})
    .upgrade((tx) => tx.table('_syncState').toCollection().modify(renameLastSyncTime));
  dexie
    .version(6)
    .stores(searchIndexSchema(layout))
    .upgrade((tx) => buildSearchIndex(tx, layout));
}

/** `MM/DD/YYYY HH:MM:SS`, read as UTC: how versions before 5 wrote the last sync's start. */
const OLD_SYNC_TIME = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2}):(\d{2})$/;

/**
 * Version 5: the start of the last successful sync, once Siebel date text under a name that said
 * "server time" although it was the client's clock, is kept as epoch milliseconds under
 * `lastSuccessfulSyncStartedAt`. Text that does not parse is dropped: the next run then downloads
 * every type in full (slower once, never a missed change).
 */
export function renameLastSyncTime(row: Record<string, unknown>): void {
  const old = row.lastSuccessfulSyncServerTime;
  if (old === undefined) return;
  delete row.lastSuccessfulSyncServerTime;
  const match = typeof old === 'string' ? OLD_SYNC_TIME.exec(old) : null;
  if (!match) return;
  const [, mm, dd, yyyy, hh, mi, ss] = match.map(Number);
  row.lastSuccessfulSyncStartedAt = Date.UTC(yyyy, mm - 1, dd, hh, mi, ss);
}
