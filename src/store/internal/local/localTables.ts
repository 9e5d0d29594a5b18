import type { Dexie, Table } from 'dexie';
import type { LocalIssue, PendingChange, SharedItem } from '../../types';

/** Names of the local-change tables (see `LOCAL_CHANGE_TABLES`). */
export const OUTBOX = '_outbox';
export const ISSUES = '_issues';
export const SHARES = '_shares';
export const REMAPS = '_remaps';

/** Where an id went: a local id replaced by its Siebel Id (kept so an open view can follow it). */
export interface RemapRow {
  readonly typeId: string;
  readonly from: string;
  readonly to: string;
}

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

/** The remap trail, keyed by `[typeId, from]`. */
export function remapsOf(dexie: Dexie): Table<RemapRow, [string, string]> {
  return dexie.table(REMAPS);
}

/** The id of the (single) open issue of a record. */
export function issueIdOf(typeId: string, recordId: string): string {
  return `${typeId}:${recordId}`;
}
