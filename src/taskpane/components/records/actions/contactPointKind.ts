import type { FieldDefinition } from '../../../../metadata';
import type { FieldValue } from '../../../../store';

/** What a field's value lets a rep do: write to it, call it, or (a fax) dial it at most. */
export type ContactPointKind = 'email' | 'phone' | 'fax';

// Siebel's names (and IO element names) of e-mail fields: "Email Address", "Alternate Email
// Address", "EMail Addr", "Work Email"…
const EMAIL_NAME = /e-?mail/i;
// Siebel's phone fields: "Work Phone #", "Main Phone Number", "Cellular Phone #", "Home Phone #",
// "Assistant Phone #", "Mobile Phone", "Pager"…
const PHONE_NAME = /phone|cellular|mobile|pager|\btel(ephone)?\b/i;
const FAX_NAME = /fax/i;
/** One address, no display name or list: what a `mailto:` or Outlook's To field takes as it is. */
const EMAIL_VALUE = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]{2,}$/;
/** Digits with the separators people type (spaces, dots, dashes, slashes, brackets) and an extension. */
const PHONE_VALUE = /^\+?[\d\s().\-/]+(\s*(x|ext\.?)\s*\d+)?$/i;
/** With no type or name to go by, only an international number is taken for one: "+49 89 1234567". */
const INTERNATIONAL_PHONE_VALUE = /^\+\d[\d\s().\-/]{5,}$/;
const MIN_PHONE_DIGITS = 3;

/**
 * What a field's value is a contact point for, or `null`: by the package's data type first
 * (`DTYPE_PHONE`), then by Siebel's well-known field names ("Email Address", "Work Phone #",
 * "Fax Phone #"), then, for text nobody named, by the value's shape (an address; an international
 * number). A value that does not look like what its field promises (a note in "Email Address")
 * is no contact point: a link to it would lead nowhere.
 *
 * @example
 * contactPointKind(workPhoneField, '+1 415 555 0100'); // 'phone'
 */
export function contactPointKind(field: FieldDefinition, value: FieldValue | undefined): ContactPointKind | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '' || field.dataType === 'DTYPE_ID' || field.refObjTypeId) return null;
  const names = `${field.name} ${field.ioElemName}`;
  if (field.dataType === 'DTYPE_PHONE' || PHONE_NAME.test(names) || FAX_NAME.test(names)) {
    if (!looksLikePhone(text)) return null;
    return FAX_NAME.test(names) ? 'fax' : 'phone';
  }
  if (EMAIL_NAME.test(names)) return EMAIL_VALUE.test(text) ? 'email' : null;
  if (field.dataType !== 'DTYPE_TEXT') return null;
  if (EMAIL_VALUE.test(text)) return 'email';
  return INTERNATIONAL_PHONE_VALUE.test(text) && looksLikePhone(text) ? 'phone' : null;
}

function looksLikePhone(text: string): boolean {
  return PHONE_VALUE.test(text) && (text.match(/\d/g)?.length ?? 0) >= MIN_PHONE_DIGITS;
}
