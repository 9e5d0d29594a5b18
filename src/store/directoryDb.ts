import { Dexie, type EntityTable } from 'dexie';
import type { DatabaseEntry, SyncLogEntry } from './types';

/** A small piece of add-in state (e.g. a remembered-password blob), keyed by name. */
export interface KvRow {
  readonly key: string;
  readonly value: unknown;
}

/** Base name of the directory database; the store's `namePrefix` goes in front. */
export const DIRECTORY_DB_NAME = 'crm-desktop';

/**
 * The directory database: which data databases exist and in which state, the sync log, and
 * small add-in state. Its schema is fixed; versions are append-only (add n+1 with an upgrade).
 */
export class DirectoryDb extends Dexie {
  databases!: EntityTable<DatabaseEntry, 'name'>;
  syncLog!: EntityTable<SyncLogEntry, 'id'>;
  kv!: EntityTable<KvRow, 'key'>;

  constructor(name: string, options: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      databases: 'name, state',
      syncLog: '++id',
      kv: 'key',
    });
  }
}
