import type { FieldDefinition, ObjectType } from './types';

/** A field that points to another record. */
export type ReferenceField = FieldDefinition & { readonly refObjTypeId: string };

/** The object's foreign keys whose target type is known (`RefObjTypeId`). */
export function referenceFields(object: ObjectType): readonly ReferenceField[] {
  return object.fields.filter((f): f is ReferenceField => f.refObjTypeId !== undefined);
}
