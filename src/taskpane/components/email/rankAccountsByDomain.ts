/** An account's evidence for a mail domain. */
export interface DomainEvidence {
  readonly accountId: string;
  /** The account's own web site or e-mail field names the domain. */
  readonly ownDomain: boolean;
  /** Contacts of the account with an address at the domain. */
  readonly contacts: number;
}

/** What is known about the accounts, read from the local data. */
export interface DomainFacts {
  /** Domains named by each account's web site / e-mail fields (see `domainOfValue`). */
  readonly accountDomains: ReadonlyMap<string, readonly string[]>;
  /** Each contact's account id and address domain. */
  readonly contacts: readonly { readonly accountId: string; readonly domain: string }[];
}

/**
 * The accounts whose web site or e-mail domain, or whose contacts' e-mail domain, equals `domain`,
 * best first: an account naming the domain itself before one known only by its contacts, then by
 * more contacts at the domain, then by id (stable). Empty for an empty domain.
 */
export function rankAccountsByDomain(domain: string, facts: DomainFacts): DomainEvidence[] {
  if (domain === '') return [];
  const byId = new Map<string, { ownDomain: boolean; contacts: number }>();
  const entry = (id: string) => byId.get(id) ?? byId.set(id, { ownDomain: false, contacts: 0 }).get(id)!;
  for (const [id, domains] of facts.accountDomains) if (domains.includes(domain)) entry(id).ownDomain = true;
  for (const c of facts.contacts) if (c.accountId !== '' && c.domain === domain) entry(c.accountId).contacts += 1;
  return [...byId.entries()]
    .map(([accountId, e]) => ({ accountId, ...e }))
    .sort(
      (a, b) =>
        Number(b.ownDomain) - Number(a.ownDomain) ||
        b.contacts - a.contacts ||
        (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0),
    );
}
