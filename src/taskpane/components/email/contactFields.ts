import type { FieldDefinition, ReferenceField } from '../../../metadata';
import type { PersonType } from './emailPlan';

const TEXTUAL = new Set(['DTYPE_TEXT', 'DTYPE_NOTE']);
const FIRST = /^(first|given|fore)[\s_-]*name$/i;
const LAST = /^(last|family|sur)[\s_-]*name$|^surname$/i;
const FULL = /^(full[\s_-]*)?name$/i;
const ACCOUNT = /account|organi[sz]ation|company/i;

/** Where a new contact made from an e-mail address puts what the address tells. */
export interface ContactFields {
  readonly typeId: string;
  /** The ioElemName of the first-name field, when the type has one. */
  readonly firstName?: string;
  /** The ioElemName of the last-name field; without first/last fields, a full-name field gets the whole name. */
  readonly lastName?: string;
  /** A single name field (`Name`) when the type has no first and last name: it gets the whole name. */
  readonly fullName?: string;
  readonly email: string;
  /** The reference to the person's account, when the type has one. */
  readonly account?: ReferenceField;
}

/**
 * Which fields of a person type (from the package, not a fixed package) hold the first name, last
 * name, e-mail address and account: names such as "First Name", "Last Name" (or "Given Name",
 * "Surname", "Family Name"), by field Name or ioElemName, writable text fields only. The fallback
 * when a type has neither: a single "Name"/"Full Name" field takes the whole display name; and
 * when it has not that either, only the address is filled in. The account is the reference whose
 * name says account, organization or company, else the first reference to another type.
 */
export function contactFields(person: PersonType): ContactFields {
  const fields = person.object.fields.filter((f) => TEXTUAL.has(f.dataType) && !f.isReadonly && !f.isPrimaryKey);
  const named = (pattern: RegExp) => fields.find((f) => matches(f, pattern))?.ioElemName;
  const firstName = named(FIRST);
  const lastName = named(LAST);
  const fullName = firstName || lastName ? undefined : named(FULL);
  const account =
    person.accounts.find((f) => ACCOUNT.test(f.name) || ACCOUNT.test(f.refObjTypeId)) ?? person.accounts[0];
  return {
    typeId: person.object.typeId,
    ...(firstName ? { firstName } : {}),
    ...(lastName ? { lastName } : {}),
    ...(fullName ? { fullName } : {}),
    email: person.email.ioElemName,
    ...(account ? { account } : {}),
  };
}

function matches(field: FieldDefinition, pattern: RegExp): boolean {
  return pattern.test(field.name) || pattern.test(field.ioElemName.replace(/([a-z])([A-Z])/g, '$1 $2'));
}
