import type { FieldDefinition, ObjectType } from './types';

/** The field with this Siebel Name ("First Name", not the IOElemName), if the object has one. */
export function fieldByName(object: ObjectType, name: string): FieldDefinition | undefined {
  return object.fields.find((f) => f.name === name);
}
