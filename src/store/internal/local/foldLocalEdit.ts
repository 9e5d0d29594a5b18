import { StoreError } from '../../errors/StoreError';
import type { FieldValue, LocalEdit, PendingChange, StoredRecord, TypeLayout } from '../../types';
import { differingFields, emptyTextAsNull, filledFields, withoutBookkeeping } from './recordFields';

/** What the edit reads: the record and its pending change as stored now. */
export interface FoldInput {
  readonly edit: LocalEdit;
  readonly type: TypeLayout;
  readonly current: StoredRecord | undefined;
  readonly pending: PendingChange | undefined;
  readonly now: number;
  readonly newLocalId: () => string;
  /** A new `PendingChange.changeId`, for a pending change created afresh. */
  readonly newChangeId: () => string;
}

/** What the edit writes, all in one transaction. */
export interface LocalWrite {
  readonly recordId: string;
  readonly record: { readonly put: StoredRecord } | { readonly delete: true };
  /** `undefined`: the pending change is left as it is (an edit that changes nothing). */
  readonly pending: { readonly put: PendingChange } | { readonly delete: true } | undefined;
  /** Nothing is pending any more, so the record's issue is moot. */
  readonly dropIssue: boolean;
  /** A never-sent record is gone: Outlook items shared as it are no longer shared. */
  readonly dropShares: boolean;
}

/**
 * Folds a user's edit into the record's pending change (rules in `DataDatabase.saveLocalChange`):
 * the one place those rules live.
 * Pure: reads nothing but its input, so every rule is tested without a database.
 * @throws StoreError for an unknown record, an edit of a locally deleted one, or an insert whose
 *   chosen id is already used.
 */
export function foldLocalEdit(input: FoldInput): LocalWrite {
  const { edit, pending } = input;
  if (edit.operation === 'insert') return foldInsert(input, emptyTextAsNull(edit.values));
  if (pending?.operation === 'delete') {
    throw new StoreError(
      `Saving your change failed: ${edit.typeId} ${edit.id} was deleted on this computer and not yet synchronized — synchronize first, or discard the deletion in Synchronization issues`,
    );
  }
  if (!input.current) {
    throw new StoreError(
      `Saving your change failed: ${edit.typeId} ${edit.id} is not in the local CRM data — it may have been removed by the last synchronization; reopen the list and try again`,
    );
  }
  return edit.operation === 'update'
    ? foldUpdate(input, input.current, emptyTextAsNull(edit.values))
    : foldDelete(input, input.current, edit.id);
}

function foldInsert(
  { edit, type, current, pending, now, newLocalId, newChangeId }: FoldInput,
  values: Readonly<Record<string, FieldValue>>,
): LocalWrite {
  const recordId = (edit.operation === 'insert' && edit.id) || newLocalId();
  if (current || pending) {
    // A chosen id must name a new record: inserting over a stored one would silently replace it.
    throw new StoreError(
      `Saving your change failed: the new ${edit.typeId} id ${recordId} is already used — create the record without an id, or with a new one`,
    );
  }
  const record = { ...values, [type.primaryKey]: recordId };
  const change = fresh(edit.typeId, recordId, 'insert', filledFields(record, type.primaryKey), null, now, newChangeId);
  return { recordId, record: { put: record }, pending: { put: change }, dropIssue: false, dropShares: false };
}

function foldUpdate(input: FoldInput, current: StoredRecord, values: Readonly<Record<string, FieldValue>>): LocalWrite {
  const { type, pending, now } = input;
  const recordId = String(current[type.primaryKey]);
  // The primary key is the record's identity: an edit never renames it.
  const record = { ...current, ...values, [type.primaryKey]: recordId };
  const kept = { recordId, record: { put: record }, dropShares: false } as const;
  if (pending?.operation === 'insert') {
    return { ...kept, pending: { put: next(pending, filledFields(record, type.primaryKey), now) }, dropIssue: false };
  }
  const base = pending?.base ?? withoutBookkeeping(current);
  // A field of an update on its way to Siebel stays changed even when set back to its base value:
  // Siebel may hold the sent value already (soak seed 3000231's narrower case, see `sending`).
  const sending = Object.keys(pending?.sending ?? {}).filter((f) => f !== type.primaryKey);
  const changed = [...new Set([...differingFields(record, base, type.primaryKey), ...sending])];
  if (!pending) {
    const change = fresh(input.edit.typeId, recordId, 'update', changed, base, now, input.newChangeId);
    return { ...kept, pending: changed.length ? { put: change } : undefined, dropIssue: false };
  }
  if (changed.length === 0) return { ...kept, pending: { delete: true }, dropIssue: true };
  return { ...kept, pending: { put: next(pending, changed, now) }, dropIssue: false };
}

function foldDelete(
  { edit, pending, now, newChangeId }: FoldInput,
  current: StoredRecord,
  recordId: string,
): LocalWrite {
  const removed = { recordId, record: { delete: true } } as const;
  if (pending?.operation === 'insert')
    return { ...removed, pending: { delete: true }, dropIssue: true, dropShares: true };
  const change = pending
    ? { ...next(pending, [], now), operation: 'delete' as const }
    : fresh(edit.typeId, recordId, 'delete', [], withoutBookkeeping(current), now, newChangeId);
  return { ...removed, pending: { put: change }, dropIssue: false, dropShares: false };
}

function fresh(
  typeId: string,
  recordId: string,
  operation: PendingChange['operation'],
  changedFields: readonly string[],
  base: StoredRecord | null,
  now: number,
  newChangeId: () => string,
): PendingChange {
  return {
    typeId,
    recordId,
    operation,
    changedFields,
    base,
    state: 'ready',
    revision: 1,
    changeId: newChangeId(),
    attempts: 0,
    createdAt: now,
    updatedAt: now,
  };
}

/** A later save of the same pending change: a new revision, state and attempts kept. */
function next(pending: PendingChange, changedFields: readonly string[], now: number): PendingChange {
  return { ...pending, changedFields, revision: pending.revision + 1, updatedAt: now };
}
