import {
  findObject,
  referenceFields,
  searchableFields,
  type CustomizationPackage,
  type FieldDefinition,
  type ObjectType,
  type SyncedType,
} from '../metadata';
import { StoreError } from './errors/StoreError';
import { tableNameFor } from './tableNameFor';
import type { StoreLayout, TypeLayout } from './types';

const SEARCHABLE_TYPES = new Set(['DTYPE_TEXT', 'DTYPE_PHONE', 'DTYPE_NOTE']);

/** IndexedDB key paths are dotted identifiers; an element name with `-` cannot be indexed. */
const INDEXABLE = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * How each synchronized type of `pkg` is stored: its table, primary key, search fields and
 * indexes. Pure and stable: reordering objects, fields or keys in the package gives the same layout.
 * @throws StoreError when a synchronized type or a natural-key field is not in the package's objects.
 */
export function deriveLayout(pkg: CustomizationPackage): StoreLayout {
  return { types: pkg.syncedTypes.map((synced) => layoutOf(synced, objectOf(pkg, synced.typeId))) };
}

function objectOf(pkg: CustomizationPackage, typeId: string): ObjectType {
  const object = findObject(pkg, typeId);
  if (!object) {
    throw new StoreError(
      `Deriving the local schema failed: synchronized type "${typeId}" has no object in siebel_meta_info.xml — ask the CRM administrator to republish a consistent package`,
    );
  }
  return object;
}

function layoutOf(synced: SyncedType, object: ObjectType): TypeLayout {
  if (!INDEXABLE.test(object.primaryKey)) {
    throw new StoreError(
      `Deriving the local schema failed: primary key "${object.primaryKey}" of "${object.typeId}" is not a valid element name — ask the CRM administrator to fix siebel_meta_info.xml`,
    );
  }
  const keep = (names: Iterable<string>) =>
    sortedUnique([...names].filter((n) => n !== object.primaryKey && INDEXABLE.test(n)));
  // Indexed: every filterable text field (the schema fingerprint covers exactly these flags);
  // searched by default: the task pane's searchable fields, which also leave out hidden ones.
  const searchFields = keep(searchableFields(object).map((f) => f.ioElemName));
  const naturalKeys = synced.naturalKeys.map((key) => sortedUnique(key.map((name) => ioElemNameOf(object, name))));
  const indexes = keep([
    ...object.fields.filter(isFilterableText).map((f) => f.ioElemName),
    ...naturalKeys.flat(),
    ...object.fields.filter((f) => f.refObjTypeId !== undefined).map((f) => f.ioElemName),
    ...(object.timestampField ? [object.timestampField] : []),
  ]);
  const compound = naturalKeys.filter((key) => key.length > 1 && key.every((n) => INDEXABLE.test(n)));
  const compoundIndexes = [...new Map(compound.map((key) => [key.join('+'), key])).entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([, key]) => key);
  const references = referenceFields(object)
    .filter((f) => f.ioElemName !== object.primaryKey)
    .map((f) => ({ field: f.ioElemName, typeId: f.refObjTypeId }))
    .sort((a, b) => compare(a.field, b.field));
  return {
    typeId: synced.typeId,
    table: tableNameFor(synced.typeId),
    primaryKey: object.primaryKey,
    searchFields,
    indexes,
    compoundIndexes,
    references,
  };
}

function isFilterableText(field: FieldDefinition): boolean {
  return field.isFilterable && SEARCHABLE_TYPES.has(field.dataType);
}

function ioElemNameOf(object: ObjectType, fieldName: string): string {
  const field = object.fields.find((f) => f.name === fieldName);
  if (!field) {
    throw new StoreError(
      `Deriving the local schema failed: natural key field "${fieldName}" of "${object.typeId}" is not a field in siebel_meta_info.xml — ask the CRM administrator to fix connector_configuration.xml`,
    );
  }
  return field.ioElemName;
}

function sortedUnique(names: readonly string[]): string[] {
  return [...new Set(names)].sort(compare);
}

/** Code-unit order, not locale order: the layout must not depend on the machine's language. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
