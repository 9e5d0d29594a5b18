import type { Dexie } from 'dexie';
import type { DataDatabase } from '../../DataDatabase';
import { LOCAL_ID_PREFIX } from '../../isLocalId';
import type { LocalIssue, PendingChange, StoreLayout, TypeLayout } from '../../types';
import { acknowledgeUpload } from './acknowledgeUpload';
import { markSending } from './markSending';
import { applyLocalMutation } from './applyLocalMutation';
import { findShare } from './findShare';
import { issuesOf, outboxOf, remapsOf } from './localTables';
import { saveLocalChanges } from './saveLocalChanges';
import { closeForEdits, reopenForEdits } from './editsClosed';

/** The `DataDatabase` methods of issue #9 (outbox, issues, shares). */
export type LocalChangeMethods = Pick<
  DataDatabase,
  | 'saveLocalChange'
  | 'saveLocalChanges'
  | 'listPendingChanges'
  | 'pendingChange'
  | 'countPendingChanges'
  | 'listIssues'
  | 'countIssues'
  | 'sharedItem'
  | 'applyLocal'
  | 'acknowledgeUpload'
  | 'markSending'
  | 'currentId'
  | 'closeForEdits'
  | 'reopenForEdits'
>;

/** What the methods need from the database handle. */
export interface LocalChangeDeps {
  readonly dexie: Dexie;
  readonly layout: StoreLayout;
  readonly typeOf: (typeId: string) => TypeLayout;
  readonly guard: <T>(what: string, operation: () => PromiseLike<T>) => Promise<T>;
  readonly now: () => number;
  /** 16 random hex digits. */
  readonly randomId: () => string;
}

/** Builds the local-change methods over one open data database. */
export function localChangeMethods({
  dexie,
  layout,
  typeOf,
  guard,
  now,
  randomId,
}: LocalChangeDeps): LocalChangeMethods {
  const newLocalId = () => `${LOCAL_ID_PREFIX}${randomId()}`;
  const save = { layout, typeOf, now, newLocalId, newChangeId: randomId };
  return {
    saveLocalChange: (edit) =>
      guard('Saving your change', async () => (await saveLocalChanges(dexie, [edit], {}, save))[0]),
    saveLocalChanges: (edits, extras = {}) =>
      guard('Saving your changes', () => saveLocalChanges(dexie, edits, extras, save)),
    listPendingChanges: () =>
      guard(
        'Listing changes not yet synchronized',
        () => outboxOf(dexie).orderBy('createdAt').toArray() as Promise<PendingChange[]>,
      ),
    pendingChange: (typeId, recordId) =>
      guard('Reading a change not yet synchronized', () => outboxOf(dexie).get([typeId, recordId])),
    countPendingChanges: () => guard('Counting changes not yet synchronized', () => outboxOf(dexie).count()),
    listIssues: () =>
      guard(
        'Listing synchronization issues',
        () => issuesOf(dexie).orderBy('createdAt').toArray() as Promise<LocalIssue[]>,
      ),
    countIssues: () => guard('Counting synchronization issues', () => issuesOf(dexie).count()),
    sharedItem: (keys) =>
      guard('Reading a shared Outlook item', () => findShare(dexie, typeof keys === 'string' ? [keys] : keys)),
    applyLocal: (mutation) =>
      guard('Saving local changes', () => applyLocalMutation(dexie, layout, typeOf, mutation, now())),
    closeForEdits: () => guard('Closing the local CRM data for edits', () => closeForEdits(dexie, now())),
    reopenForEdits: () => guard('Reopening the local CRM data for edits', () => reopenForEdits(dexie)),
    currentId: (typeId, id) =>
      guard('Following a record to its Siebel id', async () => {
        // A short chain at most (local → Siebel, or a duplicate linked on): the bound only guards against a cycle.
        let current = id;
        for (let hop = 0; hop < 8; hop++) {
          const next = await remapsOf(dexie).get([typeId, current]);
          if (!next) break;
          current = next.to;
        }
        return current;
      }),
    acknowledgeUpload: (ack) =>
      guard("Saving Siebel's answer to a sent change", () =>
        acknowledgeUpload(dexie, layout, typeOf(ack.typeId), ack, now(), randomId),
      ),
    markSending: (sent) => guard('Marking changes as being sent', () => markSending(dexie, sent)),
  };
}
