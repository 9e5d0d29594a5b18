import type { Dexie } from 'dexie';
import type { LocalEdit, StoredRecord, TypeLayout } from '../../types';
import { foldLocalEdit } from './foldLocalEdit';
import { ISSUES, issueIdOf, issuesOf, OUTBOX, outboxOf, SHARES, sharesOf } from './localTables';

/** What saving needs besides the database: the type's layout, time and fresh local ids. */
export interface SaveContext {
  readonly type: TypeLayout;
  readonly now: () => number;
  readonly newLocalId: () => string;
}

/**
 * Saves `edit` and its folded pending change in one read-write transaction over the record's
 * table and the local-change tables, so a crash keeps both or neither. Returns the stored record.
 */
export function saveLocalChange(dexie: Dexie, edit: LocalEdit, ctx: SaveContext): Promise<StoredRecord | undefined> {
  const records = dexie.table<StoredRecord, string>(ctx.type.table);
  return dexie.transaction('rw', [records.name, OUTBOX, ISSUES, SHARES], async () => {
    const id = edit.operation === 'insert' ? undefined : edit.id;
    const [current, pending] = id === undefined ? [undefined, undefined] : await Promise.all([records.get(id), outboxOf(dexie).get([edit.typeId, id])]);
    const write = foldLocalEdit({ edit, type: ctx.type, current, pending, now: ctx.now(), newLocalId: ctx.newLocalId });
    if ('put' in write.record) await records.put(write.record.put);
    else await records.delete(write.recordId);
    if (write.pending && 'put' in write.pending) await outboxOf(dexie).put(write.pending.put);
    else if (write.pending) await outboxOf(dexie).delete([edit.typeId, write.recordId]);
    if (write.dropIssue) await issuesOf(dexie).delete(issueIdOf(edit.typeId, write.recordId));
    if (write.dropShares) {
      await sharesOf(dexie)
        .where('recordId')
        .equals(write.recordId)
        .filter((share) => share.typeId === edit.typeId)
        .delete();
    }
    return 'put' in write.record ? write.record.put : undefined;
  });
}
