import type { ObjectType } from '../../metadata';
import type { PendingChange, StoredRecord } from '../../store';
import { sameValue } from '../upload/mergeWithServer';

/** One record's edit as several-record writes (`db.applyLocal`) need it. */
export interface RecordEdit {
  readonly object: ObjectType;
  readonly recordId: string;
  /** The pending change the record has now, if any. */
  readonly existing: PendingChange | undefined;
  /** The record as stored now (`null` for a new record). */
  readonly before: StoredRecord | null;
  /** The record after the edit (`null` = deleted). */
  readonly after: StoredRecord | null;
  readonly now: number;
}

/**
 * The record's pending change after an edit, by the store's folding rules (see
 * `DataDatabase.saveLocalChange`): new → insert; edit of a server record → update against the
 * record as last received; insert + edit = insert; insert + delete = nothing; update + delete =
 * delete; an update back to its base = nothing. `null`: nothing left to send.
 */
export function foldChange(edit: RecordEdit): PendingChange | null {
  const { object, existing, before, after, now } = edit;
  if (existing?.operation === 'delete') throw new Error(`${object.typeId} ${edit.recordId} is deleted locally and cannot be edited`);
  const base = existing ? existing.base : before ? withoutBookkeeping(before) : null;
  const common = {
    typeId: object.typeId,
    recordId: edit.recordId,
    state: existing?.state ?? 'ready',
    revision: (existing?.revision ?? 0) + 1,
    attempts: existing?.attempts ?? 0,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    ...(existing?.allowDuplicate ? { allowDuplicate: true } : {}),
  } as const;
  if (existing?.operation === 'insert' || (!existing && before === null)) {
    if (after === null) return null;
    return { ...common, operation: 'insert', base: null, changedFields: dataFields(object).filter((f) => !sameValue(after[f], null)) };
  }
  if (base === null) throw new Error(`${object.typeId} ${edit.recordId} has no server version to change`);
  if (after === null) return { ...common, operation: 'delete', base, changedFields: [] };
  const changedFields = dataFields(object).filter((f) => !sameValue(after[f], base[f]));
  return changedFields.length === 0 ? null : { ...common, operation: 'update', base, changedFields };
}

/** ioElemNames a change can carry: every field but the key and the timestamp. */
function dataFields(object: ObjectType): string[] {
  return object.fields.filter((f) => !f.isPrimaryKey && !f.isTimestamp).map((f) => f.ioElemName);
}

/** The record without the store's `_` bookkeeping fields. */
export function withoutBookkeeping(record: StoredRecord): StoredRecord {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !key.startsWith('_')));
}
