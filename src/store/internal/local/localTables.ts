import type { Dexie, Table } from 'dexie';
import type { LocalIssue, PendingChange, SharedItem } from '../../types';

/** Names of the local-change tables (see `LOCAL_CHANGE_TABLES`). */
export const OUTBOX = '_outbox';
export const ISSUES = '_issues';
export const SHARES = '_shares';

/** The outbox, keyed by `[typeId, recordId]`. */
export function outboxOf(dexie: Dexie): Table<PendingChange, [string, string]> {
  return dexie.table(OUTBOX);
}

export function issuesOf(dexie: Dexie): Table<LocalIssue, string> {
  return dexie.table(ISSUES);
}

export function sharesOf(dexie: Dexie): Table<SharedItem, string> {
  return dexie.table(SHARES);
}

/** The id of the (single) open issue of a record. */
export function issueIdOf(typeId: string, recordId: string): string {
  return `${typeId}:${recordId}`;
}
