import type { MailAddress, MailItemSummary } from '../types';

/**
 * The item a standalone page pretends is open: a message received from a contact the simulator
 * knows (seeded contact 1-2000001 of account Acme, visible to JSMITH at any data size), so the
 * contact lookup and "Share with Siebel" have something real to work on. Marked `isSample`: it may
 * be shared with the embedded simulator only.
 */
export const SAMPLE_ITEM: MailItemSummary = {
  itemKey: '<fleet-renewal-0142@acme.example>',
  subject: 'Follow-up on the fleet renewal',
  from: { name: 'David Rossi', email: 'david.rossi@acme.example' },
  to: [{ name: 'John Smith', email: 'jsmith@example.com' }],
  cc: [],
  itemType: 'message',
  sentByUser: false,
  date: '2025-03-12T09:41:00.000Z',
  end: null,
  isSample: true,
};

/** The plain-text body of {@link SAMPLE_ITEM}. */
export const SAMPLE_BODY = [
  'Hi John,',
  '',
  'thanks for the call yesterday. As discussed, we would like to renew the fleet contract for',
  'another three years and add twelve vehicles from July. Could you send us an updated quote,',
  'including the maintenance package, by the end of next week?',
  '',
  'Best regards,',
  'David Rossi',
  'Procurement, Acme',
].join('\n');

function isAddress(value: unknown): value is MailAddress {
  const candidate = value as MailAddress | null;
  return typeof candidate?.name === 'string' && typeof candidate.email === 'string';
}

function addressList(value: unknown): MailAddress[] {
  return Array.isArray(value) ? value.filter(isAddress) : [];
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function dateOr(value: unknown, fallback: string | null): string | null {
  if (value === null) return null;
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : fallback;
}

function parseQuery(param: string): Record<string, unknown> | null {
  try {
    const raw = JSON.parse(param) as unknown;
    return raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Reads the `?item=` parameter: `none` means no item is open; otherwise a JSON object whose
 * fields override {@link SAMPLE_ITEM} (e.g. `{"subject":"Hi","itemType":"appointment"}`).
 * Anything unreadable falls back to the sample, because a typo in a URL should not break the page.
 */
export function itemFromQuery(param: string | null): MailItemSummary | null {
  if (param === null || param === '') return SAMPLE_ITEM;
  if (param === 'none') return null;
  const raw = parseQuery(param);
  if (!raw) return SAMPLE_ITEM;
  const itemType = raw.itemType === 'appointment' ? 'appointment' : 'message';
  return {
    itemKey: stringOr(raw.itemKey, SAMPLE_ITEM.itemKey),
    subject: stringOr(raw.subject, SAMPLE_ITEM.subject),
    from: raw.from === null ? null : isAddress(raw.from) ? raw.from : SAMPLE_ITEM.from,
    to: 'to' in raw ? addressList(raw.to) : SAMPLE_ITEM.to,
    cc: 'cc' in raw ? addressList(raw.cc) : SAMPLE_ITEM.cc,
    itemType,
    sentByUser: typeof raw.sentByUser === 'boolean' ? raw.sentByUser : SAMPLE_ITEM.sentByUser,
    date: dateOr(raw.date, SAMPLE_ITEM.date),
    end: itemType === 'appointment' ? dateOr(raw.end, null) : null,
    // Whatever the URL says, the standalone host made this item up.
    isSample: true,
  };
}

/** The body for the `?item=` parameter: its `body` string, else {@link SAMPLE_BODY}; `''` for `none`. */
export function bodyFromQuery(param: string | null): string {
  if (param === 'none') return '';
  const raw = param ? parseQuery(param) : null;
  return typeof raw?.body === 'string' ? raw.body : SAMPLE_BODY;
}

/** How a made-up item is known besides its key: its internet message id, and the item it is a copy of. */
export interface StandaloneIdentity {
  /** `''` for a draft or an appointment; a key that looks like `<…@…>` doubles as one. */
  readonly internetMessageId: string;
  /** `carryFrom` of `?item=`: the key of the item this one is the sent copy or moved version of. */
  readonly carryFrom: string | null;
}

/** Reads `internetMessageId` and `carryFrom` of the `?item=` parameter (see {@link StandaloneIdentity}). */
export function identityFromQuery(param: string | null, item: MailItemSummary | null): StandaloneIdentity {
  const raw = param && param !== 'none' ? parseQuery(param) : null;
  const looksLikeMessageId = item !== null && item.itemType === 'message' && /^<[^<>\s]+@[^<>\s]+>$/.test(item.itemKey);
  const internetMessageId =
    typeof raw?.internetMessageId === 'string' ? raw.internetMessageId : looksLikeMessageId ? item.itemKey : '';
  return {
    internetMessageId,
    carryFrom: typeof raw?.carryFrom === 'string' && raw.carryFrom !== '' ? raw.carryFrom : null,
  };
}
