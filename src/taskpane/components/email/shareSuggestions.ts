import type { EmailPlan } from './emailPlan';
import type { EmailContact } from './findEmailContacts';
import type { PickOption } from './SharePicker';

/** The types a share links to, found in the package like the email lookup finds them. */
export interface ShareTypes {
  readonly contact: string | null;
  readonly account: string | null;
  readonly opportunity: string | null;
}

/** What the email's addresses suggest, and what is picked before the user changes anything. */
export interface ShareSuggestions {
  readonly contacts: readonly PickOption[];
  readonly accounts: readonly PickOption[];
  readonly opportunities: readonly PickOption[];
  readonly picks: SharePicks;
}

/** The records chosen for a share. */
export interface SharePicks {
  readonly accountId: string | null;
  readonly opportunityId: string | null;
  readonly contactIds: readonly string[];
}

/** The contact, account and opportunity types of the package (null where it has none). */
export function shareTypes(plan: EmailPlan): ShareTypes {
  const person = plan.people[0];
  return {
    contact: person?.object.typeId ?? null,
    account: person?.accounts[0]?.refObjTypeId ?? null,
    opportunity: plan.deals[0]?.object.typeId ?? null,
  };
}

function addOnce(list: PickOption[], option: PickOption): void {
  if (!list.some((o) => o.id === option.id)) list.push(option);
}

/**
 * Suggestions from the matched contacts (sender first): every contact, their accounts and the
 * accounts' open opportunities. Picked at first: every matched contact, the sender's (else the
 * first) account, and its opportunity when it has exactly one open — two would be a guess. A
 * contact's hint is its role on the item as `roleText` words it (the pane's language).
 */
export function shareSuggestions(
  contacts: readonly EmailContact[],
  roleText: (role: EmailContact['address']['role']) => string = (role) => role,
): ShareSuggestions {
  const people: PickOption[] = [];
  const accounts: PickOption[] = [];
  const opportunities: PickOption[] = [];
  for (const contact of contacts) {
    addOnce(people, { id: contact.ref.id, name: contact.name, hint: roleText(contact.address.role) });
    for (const account of contact.accounts) {
      addOnce(accounts, { id: account.ref.id, name: account.name });
      for (const deal of account.openDeals)
        addOnce(opportunities, { id: deal.ref.id, name: deal.name, hint: deal.stage || account.name });
    }
  }
  const firstAccount = contacts.flatMap((c) => c.accounts)[0];
  const deals = firstAccount?.openDeals ?? [];
  return {
    contacts: people,
    accounts,
    opportunities,
    picks: {
      accountId: firstAccount?.ref.id ?? null,
      opportunityId: deals.length === 1 ? deals[0].ref.id : null,
      contactIds: people.map((p) => p.id),
    },
  };
}
