import type { FieldValue } from '../../../store';
import type { ContactFields } from './contactFields';
import type { ItemAddress } from './mailAddresses';
import { splitDisplayName } from './splitDisplayName';

/**
 * The starting values of a new contact made from an address of the open item: the display name
 * split into first and last name (or whole in a full-name field), the address as the item writes
 * it, and the suggested account (`null`: none).
 */
export function contactPrefill(
  fields: ContactFields,
  address: Pick<ItemAddress, 'name' | 'written'>,
  accountId: string | null,
): Record<string, FieldValue> {
  const { first, last } = splitDisplayName(address.name, address.written);
  const values: Record<string, FieldValue> = { [fields.email]: address.written };
  if (fields.firstName && first) values[fields.firstName] = first;
  if (fields.lastName) {
    // Without a first-name field the whole name goes where the last name goes.
    const name = fields.firstName ? last : [first, last].filter(Boolean).join(' ');
    if (name) values[fields.lastName] = name;
  } else if (fields.firstName && last) values[fields.firstName] = [first, last].filter(Boolean).join(' ');
  if (fields.fullName) {
    const whole = [first, last].filter(Boolean).join(' ');
    if (whole) values[fields.fullName] = whole;
  }
  if (fields.account && accountId) values[fields.account.ioElemName] = accountId;
  return values;
}
