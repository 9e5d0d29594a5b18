import type { MailItemSummary } from '../../../host';

/** One address of the open item and where it appears. */
export interface ItemAddress {
  /** Lower-cased, trimmed: e-mail addresses are compared case-insensitively. */
  readonly email: string;
  /** As the item spells it (a store without an e-mail index can only match exact values). */
  readonly written: string;
  readonly name: string;
  readonly role: 'From' | 'To' | 'Cc';
}

/** The sender, then the recipients, each address once (its first role wins). */
export function mailAddresses(item: MailItemSummary): ItemAddress[] {
  const all = [
    ...(item.from ? [{ ...item.from, role: 'From' as const }] : []),
    ...item.to.map((a) => ({ ...a, role: 'To' as const })),
    ...item.cc.map((a) => ({ ...a, role: 'Cc' as const })),
  ];
  const seen = new Set<string>();
  const result: ItemAddress[] = [];
  for (const a of all) {
    const email = a.email.trim().toLowerCase();
    if (email === '' || seen.has(email)) continue;
    seen.add(email);
    result.push({ email, written: a.email.trim(), name: a.name, role: a.role });
  }
  return result;
}
