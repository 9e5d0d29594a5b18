import { meetingShareKey, randomShareKey, uniqueKeys, type MailItemSummary } from '../../../host';

/** Every key the item can be found under locally: its share key first, then its ids. */
export function shareLookupKeys(item: MailItemSummary): string[] {
  return uniqueKeys([item.shareKey, ...(item.itemKeys ?? []), item.itemKey]);
}

/**
 * The share key to share `item` under. A key the item carries wins (custom property of an
 * earlier share from any Outlook, else the key of its internet message id, the same on every
 * copy); else the key of a share this Outlook made before it recorded keys on items
 * (`localKey`), so that share is edited, not doubled; else, for a meeting with an organizer and a
 * start, a key derived from them and the subject (see `meetingShareKey`: organizer and attendees
 * meet on one activity); else a new random key, pinned on the item when the share is recorded.
 */
export async function chooseShareKey(item: MailItemSummary, localKey: string | null): Promise<string> {
  if (item.shareKey) return item.shareKey;
  if (localKey) return localKey;
  if (item.itemType === 'appointment' && item.from?.email && item.date) {
    // Without Web Crypto (a demo page on plain http) the meeting still gets a key, a random one.
    const derived = await meetingShareKey(item.from.email, item.date, item.subject).catch(() => null);
    if (derived) return derived;
  }
  return randomShareKey();
}
