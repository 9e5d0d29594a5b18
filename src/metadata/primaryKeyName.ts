import type { ObjectType } from './types';

/**
 * The Field Name of an object's primary key (Siebel's `Id`), as criteria and sort specifications
 * name it; `object.primaryKey` is its ioElemName, as records carry it. The two differ only for a
 * hand-built object whose key field is named apart from its element.
 */
export function primaryKeyName(object: ObjectType): string {
  return object.fields.find((f) => f.isPrimaryKey)?.name ?? object.primaryKey;
}
