import type { FieldDefinition, ObjectType, SiebelDataType } from './types';

const SEARCHABLE_TYPES: ReadonlySet<SiebelDataType> = new Set(['DTYPE_TEXT', 'DTYPE_PHONE', 'DTYPE_NOTE']);

/** Fields the task pane's text search looks in: `IsFilterable`, not hidden, and textual. */
export function searchableFields(object: ObjectType): readonly FieldDefinition[] {
  return object.fields.filter((f) => f.isFilterable && !f.isHidden && SEARCHABLE_TYPES.has(f.dataType));
}
