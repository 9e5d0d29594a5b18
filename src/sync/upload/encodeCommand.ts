import type { FieldDefinition, ObjectType } from '../../metadata';
import type { SyncCommand, WireRecord } from '../../siebel';
import type { PendingChange, StoredRecord } from '../../store';
import { toWireText } from './toWireText';

const OPERATIONS = { insert: 'Insert', update: 'Update', delete: 'Delete' } as const;

/** A field the user may send: not the key, not the stamp, not read-only (the server computes those). */
export function isSendable(field: FieldDefinition): boolean {
  return !field.isPrimaryKey && !field.isTimestamp && !field.isReadonly && !field.ioElemName.startsWith('_');
}

/**
 * One `ExecuteBatch` command for a pending change (wire contract: test/fixtures/soap/upload/).
 * Insert: the changed fields that have a value, no Id. Update: Id, the `Updated` of `base` (the
 * server refuses the command when the record changed since), then the changed fields ('' clears).
 * Delete: Id and the `Updated` of `base`. `record` is the local record (ignored for a delete).
 */
export function encodeCommand(
  object: ObjectType,
  change: PendingChange,
  record: StoredRecord | null,
  commandId: number,
): SyncCommand {
  const wire: Record<string, string> = {};
  const changed = new Set(change.changedFields);
  const base = change.base;
  if (change.operation !== 'insert') {
    wire[object.primaryKey] = change.recordId;
    if (object.timestampField)
      wire[object.timestampField] = base
        ? toWireText(fieldOf(object, object.timestampField), base[object.timestampField] ?? null)
        : '';
  }
  if (change.operation !== 'delete') {
    for (const field of object.fields) {
      if (!changed.has(field.ioElemName) || !isSendable(field)) continue;
      const value = record?.[field.ioElemName] ?? null;
      // An insert has nothing to clear: empty fields are simply left out.
      if (change.operation === 'insert' && (value === null || value === '')) continue;
      wire[field.ioElemName] = toWireText(field, value);
    }
  }
  return {
    commandId,
    operation: OPERATIONS[change.operation],
    intObjName: object.intObjName,
    collectionElemName: object.collectionElemName,
    recordElemName: object.recordElemName,
    record: wire as WireRecord,
  };
}

function fieldOf(object: ObjectType, ioElemName: string): FieldDefinition {
  const field = object.fields.find((f) => f.ioElemName === ioElemName);
  if (!field) throw new Error(`${object.typeId} has no field ${ioElemName}`);
  return field;
}
