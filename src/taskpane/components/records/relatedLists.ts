import {
  findObject,
  referenceFields,
  type CustomizationPackage,
  type ObjectType,
  type ReferenceField,
} from '../../../metadata';

/** A list of records of `object` whose `field` points at the record being shown. */
export interface RelatedList {
  readonly object: ObjectType;
  readonly field: ReferenceField;
}

/**
 * Every (synchronized type, reference field) that points at `typeId`, in the package's sync
 * order: for an account, its contacts, opportunities and activities.
 */
export function relatedLists(pkg: CustomizationPackage, typeId: string): RelatedList[] {
  const lists: RelatedList[] = [];
  for (const synced of pkg.syncedTypes) {
    const object = findObject(pkg, synced.typeId);
    // Association rows (ActionContact) are links, shown through the records they join, not as a list.
    if (!object || object.isAssociation) continue;
    for (const field of referenceFields(object)) if (field.refObjTypeId === typeId) lists.push({ object, field });
  }
  return lists;
}
