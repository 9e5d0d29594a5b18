import type { FieldDefinition, ObjectType } from '../../../../metadata';
import type { StoredRecord } from '../../../../store';

/** The parts of a postal address in the order a map search reads them, each by Siebel's field names. */
const ADDRESS_PARTS: readonly RegExp[] = [
  // "Street Address", "Street Address 2", "Address Line 1", "Primary Address Street", "Street"
  /^(primary |personal |billing |shipping )?(address )?(street( address)?|address( line)?)( ?\d)?$/i,
  /^(primary |personal )?(address )?city$/i,
  /^(primary |personal )?(address )?(state|province|county)$/i,
  /^(primary |personal )?(address )?(postal code|zip( code)?|postcode)$/i,
  /^(primary |personal )?(address )?country$/i,
];
/**
 * Siebel's Account "Location" (the site, shown as "Site"): a city in most data, and the only place
 * the shipped packages have. Used only when a record has no address fields of its own.
 */
const LOCATION = /^location$/i;
const NAME = /^name$/i;

/** Field names without the separators of IO element names: "PostalCode" matches like "Postal Code". */
function namesOf(field: FieldDefinition): string[] {
  return [field.name, field.ioElemName.replace(/([a-z])([A-Z0-9])/g, '$1 $2').replace(/_/g, ' ')];
}

function textOf(record: StoredRecord, field: FieldDefinition): string {
  const value = record[field.ioElemName];
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The postal address of `record` as one line for a map search ("Leopoldstraße 12, München, 80802,
 * Germany"), from the fields its type names like Siebel's address fields, in street, city, state,
 * postal code, country order; failing those, its "Location" after its "Name" (a map finds the
 * business "Acme Logistics, München", where "München" alone is the whole city). `null` when the
 * record has no address.
 *
 * @example
 * addressOf(accountType, account); // 'Acme Logistics Inc., München'
 */
export function addressOf(object: ObjectType, record: StoredRecord): string | null {
  const visible = object.fields.filter((f) => !f.refObjTypeId && f.dataType !== 'DTYPE_ID');
  const parts = ADDRESS_PARTS.flatMap((part) =>
    visible.filter((f) => namesOf(f).some((n) => part.test(n.trim()))).map((f) => textOf(record, f)),
  ).filter((text) => text !== '');
  if (parts.length > 0) return [...new Set(parts)].join(', ');
  const named = (pattern: RegExp) => visible.find((f) => namesOf(f).some((n) => pattern.test(n.trim())));
  const location = named(LOCATION);
  const site = location ? textOf(record, location) : '';
  if (site === '') return null;
  const nameField = named(NAME);
  const name = nameField ? textOf(record, nameField) : '';
  return name === '' ? site : `${name}, ${site}`;
}
