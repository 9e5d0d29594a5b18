import type { ObjectType } from '../../metadata';
import type { StoredRecord } from '../../store';

// Siebel names the field in quotes: "Picklist validation of field 'Sales Stage' in integration component …".
const FIELD_IN_MESSAGE = /field '([^']+)'/i;

/**
 * The issue text of a value Siebel refused (SBL-EAI-04401, a bounded pick-list): which field,
 * which value, and what to do. The field comes from the server's message (a Siebel field Name or
 * XML element name), the value from the record as the user left it; without a field the server's
 * own words are given.
 */
export function refusedValueMessage(
  object: ObjectType,
  record: StoredRecord | undefined,
  serverMessage: string,
): string {
  const named = FIELD_IN_MESSAGE.exec(serverMessage)?.[1];
  const field = named === undefined ? undefined : object.fields.find((f) => f.name === named || f.ioElemName === named);
  if (!field)
    return `Siebel refused a value of this ${object.typeId} that is not in its list of values (${serverMessage}). Edit the record, choose a value from the list, and save again`;
  const value = record?.[field.ioElemName];
  const shown = value === undefined || value === null || value === '' ? 'an empty value' : `"${String(value)}"`;
  return `Siebel refused ${shown} for ${field.name}: it is not in the server's list of values for this field. Edit the ${object.typeId}, choose a ${field.name} from the list, and save again`;
}
