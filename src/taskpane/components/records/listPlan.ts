import { findObject, searchableFields, type CustomizationPackage, type ObjectType } from '../../../metadata';
import type { StoreLayout } from '../../../store';

/** How the list of one object type is ordered and what its rows show besides the name. */
export interface ListPlan {
  readonly object: ObjectType;
  /** Indexed ioElemName the list is sorted by; `undefined` = the primary key. */
  readonly orderBy: string | undefined;
  /** ioElemNames shown on a row's second line. */
  readonly detailFields: readonly string[];
}

const FIELD_IN_FORMAT = /:\(([^)]*)\)/g;

/**
 * Sorts by the first field of the type's name format that has an index (accounts by Name,
 * contacts by First Name), so the list reads alphabetically by what it shows; without one, by the
 * primary key. The second line shows up to two searchable fields that the name does not contain.
 */
export function listPlan(pkg: CustomizationPackage, layout: StoreLayout, typeId: string): ListPlan | undefined {
  const object = findObject(pkg, typeId);
  const typeLayout = layout.types.find((t) => t.typeId === typeId);
  if (!object || !typeLayout) return undefined;
  const format = pkg.syncedTypes.find((t) => t.typeId === typeId)?.nameFormat ?? '';
  const nameFields = [...format.matchAll(FIELD_IN_FORMAT)]
    .map((m) => object.fields.find((f) => f.name === m[1])?.ioElemName)
    .filter((name): name is string => name !== undefined);
  const orderBy = nameFields.find((name) => typeLayout.indexes.includes(name));
  const detailFields = searchableFields(object)
    .map((f) => f.ioElemName)
    .filter((name) => !nameFields.includes(name))
    .slice(0, 2);
  return { object, orderBy, detailFields };
}
