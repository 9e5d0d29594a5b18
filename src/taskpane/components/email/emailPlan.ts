import {
  findObject,
  referenceFields,
  type CustomizationPackage,
  type FieldDefinition,
  type ObjectType,
  type ReferenceField,
} from '../../../metadata';
import type { StoreLayout } from '../../../store';

const EMAIL = /e-?mail/i;
const STAGE = /stage/i;
const TEXTUAL = new Set(['DTYPE_TEXT', 'DTYPE_NOTE']);

/** A synchronized type whose records carry an e-mail address (contacts). */
export interface PersonType {
  readonly object: ObjectType;
  readonly email: FieldDefinition;
  /** The e-mail field has a (case-insensitive) index: look up through it. */
  readonly indexed: boolean;
  /** References to the person's account(s), e.g. Contact.Account Id. */
  readonly accounts: readonly ReferenceField[];
}

/** A type pointing at an account that has a sales stage (opportunities). */
export interface DealType {
  readonly object: ObjectType;
  readonly account: ReferenceField;
  readonly stage: FieldDefinition;
}

/** What the current-email view looks up, derived from the package alone. */
export interface EmailPlan {
  readonly people: readonly PersonType[];
  readonly deals: readonly DealType[];
}

/**
 * Finds, by field names and types rather than fixed TypeIds (packages differ): the types with an
 * e-mail text field, their account references, and the types with a sales stage that point at
 * those accounts.
 */
export function emailPlan(pkg: CustomizationPackage, layout: StoreLayout): EmailPlan {
  const synced = pkg.syncedTypes.map((t) => findObject(pkg, t.typeId)).filter((o): o is ObjectType => o !== undefined);
  const people: PersonType[] = [];
  for (const object of synced) {
    const email = object.fields.find(
      (f) => TEXTUAL.has(f.dataType) && (EMAIL.test(f.name) || EMAIL.test(f.ioElemName)),
    );
    if (!email) continue;
    const indexes = layout.types.find((t) => t.typeId === object.typeId)?.indexes ?? [];
    people.push({
      object,
      email,
      indexed: indexes.includes(email.ioElemName),
      accounts: referenceFields(object).filter((f) => f.refObjTypeId !== object.typeId),
    });
  }
  const accountTypes = new Set(people.flatMap((p) => p.accounts.map((f) => f.refObjTypeId)));
  const deals: DealType[] = [];
  for (const object of synced) {
    const stage = object.fields.find((f) => STAGE.test(f.name));
    const account = referenceFields(object).find((f) => accountTypes.has(f.refObjTypeId));
    if (stage && account) deals.push({ object, account, stage });
  }
  return { people, deals };
}
