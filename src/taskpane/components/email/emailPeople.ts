import type { EmailContact } from './findEmailContacts';
import type { ItemAddress } from './mailAddresses';

/** One address of the open item with the CRM contacts found for it (none: an unknown person). */
export interface EmailPerson {
  readonly address: ItemAddress;
  readonly contacts: readonly EmailContact[];
}

/** The people of the item: the one the rep deals with first, then everybody else, in the item's order. */
export interface EmailPeople {
  /** The sender of a received email; the first recipient of one the user sent or is writing. */
  readonly lead: EmailPerson | null;
  readonly others: readonly EmailPerson[];
}

/**
 * Puts each address with its contacts (`findEmailContacts` gives each contact to its first address)
 * and picks the lead: a rep reading a received email wants the sender; in an email they sent
 * themselves, the sender is the rep, and the first recipient is who the email is about.
 */
export function emailPeople(
  addresses: readonly ItemAddress[],
  contacts: readonly EmailContact[],
  sentByUser: boolean,
  /** The mailbox user's own address (lower case), when the host knows it: never listed. */
  userEmail?: string,
): EmailPeople {
  const people = addresses
    .filter((address) => !userEmail || address.email.toLowerCase() !== userEmail)
    .map((address) => ({
      address,
      contacts: contacts.filter((c) => c.address.email === address.email),
    }));
  const leadIndex = sentByUser
    ? people.findIndex((p) => p.address.role === 'To')
    : people.findIndex((p) => p.address.role === 'From');
  const index = leadIndex >= 0 ? leadIndex : people.length > 0 && !sentByUser ? 0 : -1;
  // The rep's own address is not somebody to look up or add (also when Outlook did not tell it).
  const others = people.filter((p, i) => i !== index && !(sentByUser && p.address.role === 'From'));
  return { lead: index >= 0 ? people[index] : null, others };
}
