import type { MailAddress, MailItemSummary } from '../types';

/**
 * The item a standalone page pretends is open: a message from a contact the simulator knows
 * (seeded contact 1-2000001 of account Acme, visible to JSMITH at any data size), so later
 * features (contact lookup, "track in CRM") have something real to work on.
 */
export const SAMPLE_ITEM: MailItemSummary = {
  subject: 'Follow-up on the fleet renewal',
  from: { name: 'David Rossi', email: 'david.rossi@acme.example' },
  to: [{ name: 'John Smith', email: 'jsmith@example.com' }],
  cc: [],
  itemType: 'message',
};

function isAddress(value: unknown): value is MailAddress {
  const candidate = value as MailAddress | null;
  return typeof candidate?.name === 'string' && typeof candidate.email === 'string';
}

function addressList(value: unknown): MailAddress[] {
  return Array.isArray(value) ? value.filter(isAddress) : [];
}

/**
 * Reads the `?item=` parameter: `none` means no item is open; otherwise a JSON object whose
 * fields override {@link SAMPLE_ITEM} (e.g. `{"subject":"Hi","itemType":"appointment"}`).
 * Anything unreadable falls back to the sample, because a typo in a URL should not break the page.
 */
export function itemFromQuery(param: string | null): MailItemSummary | null {
  if (param === null || param === '') return SAMPLE_ITEM;
  if (param === 'none') return null;
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(param) as Record<string, unknown>;
  } catch {
    return SAMPLE_ITEM;
  }
  if (raw === null || typeof raw !== 'object') return SAMPLE_ITEM;
  return {
    subject: typeof raw.subject === 'string' ? raw.subject : SAMPLE_ITEM.subject,
    from: raw.from === null ? null : isAddress(raw.from) ? raw.from : SAMPLE_ITEM.from,
    to: 'to' in raw ? addressList(raw.to) : SAMPLE_ITEM.to,
    cc: 'cc' in raw ? addressList(raw.cc) : SAMPLE_ITEM.cc,
    itemType: raw.itemType === 'appointment' ? 'appointment' : 'message',
  };
}
