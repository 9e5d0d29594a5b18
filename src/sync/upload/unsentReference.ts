import type { ObjectType } from '../../metadata';
import type { PendingChange, StoredRecord } from '../../store';

/** A reference of a record to another record that the server does not know yet. */
export interface UnsentReference {
  /** ioElemName of the reference field. */
  readonly field: string;
  readonly typeId: string;
  readonly id: string;
}

/**
 * The first reference an insert or update would send that still holds a local id: the record it
 * points to was not inserted (blocked, failed, or waiting itself), so this change must wait.
 * An update only sends its changed fields, so only those count.
 */
export function unsentReference(
  object: ObjectType,
  change: PendingChange,
  record: StoredRecord,
  isLocalId: (id: string) => boolean,
): UnsentReference | null {
  if (change.operation === 'delete') return null;
  const changed = new Set(change.changedFields);
  for (const field of object.fields) {
    if (field.refObjTypeId === undefined) continue;
    if (change.operation === 'update' && !changed.has(field.ioElemName)) continue;
    const value = record[field.ioElemName];
    if (typeof value === 'string' && isLocalId(value))
      return { field: field.ioElemName, typeId: field.refObjTypeId, id: value };
  }
  return null;
}
