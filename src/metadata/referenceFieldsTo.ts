import { referenceFields, type ReferenceField } from './referenceFields';
import type { CustomizationPackage } from './types';

/** A foreign key of some object type that points to a given type. */
export interface IncomingReference {
  /** The type holding the foreign key. */
  readonly typeId: string;
  readonly field: ReferenceField;
}

/**
 * Every field of every object type of the package that points to `typeId` (`RefObjTypeId`), the
 * type's own self-references included: where a record's id must change when it changes (a local id
 * replaced by the server's `Id`).
 *
 * @example
 * referenceFieldsTo(pkg, 'Account').map((r) => `${r.typeId}.${r.field.ioElemName}`); // ['Contact.AccountId', 'Opportunity.AccountId', 'Action.AccountId']
 */
export function referenceFieldsTo(pkg: Pick<CustomizationPackage, 'objects'>, typeId: string): IncomingReference[] {
  return pkg.objects.flatMap((object) =>
    referenceFields(object)
      .filter((field) => field.refObjTypeId === typeId)
      .map((field) => ({ typeId: object.typeId, field })),
  );
}
