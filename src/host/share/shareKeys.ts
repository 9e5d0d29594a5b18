/**
 * Share keys: what identifies an Outlook item shared with Siebel across its copies (the sender's
 * sent copy, every recipient's copy, the item after a move, another Outlook). Pure functions, no
 * Office: the Outlook and standalone hosts and the task pane all use them. See
 * docs/local-changes.md "Share identity" for why each kind of item gets the key it gets.
 */

import { sha256Base64Url } from '../../shared';

/** Prefix of a key derived from an internet message id (`m-` + 43 base64url characters). */
export const MESSAGE_KEY_PREFIX = 'm-';
/** Prefix of a key derived from a meeting's organizer, start and subject. */
export const MEETING_KEY_PREFIX = 'a-';
/** Prefix of a random key pinned on the item (drafts, appointments without organizer or start). */
export const RANDOM_KEY_PREFIX = 'r-';

/**
 * The key of a message with an internet message id: the same for the sender's sent copy and every
 * recipient's copy, since the id travels in the message's headers. Hashed, because an id may be
 * hundreds of characters long while a Siebel text column holds about 100, and because the activity
 * field then carries no mail address.
 */
export async function messageShareKey(internetMessageId: string): Promise<string> {
  return MESSAGE_KEY_PREFIX + (await sha256Base64Url(`message\n${internetMessageId.trim()}`));
}

/**
 * The key of a meeting shared for the first time: its organizer's address (without case), start
 * (UTC) and subject (trimmed). Office gives add-ins no id common to the organizer's and the
 * attendees' copies (the item ids differ per mailbox, and the iCalendar UID is not in the add-in
 * API), so this lets an attendee's share and the organizer's meet on the same activity. It is
 * computed once and then pinned in the item's custom properties, so a later change of time or
 * subject does not change it on that copy; two different meetings with the same organizer,
 * start and subject would share one activity, which we accept as far rarer than a duplicate.
 */
export async function meetingShareKey(organizerEmail: string, startIso: string, subject: string): Promise<string> {
  const start = new Date(startIso).toISOString();
  return (
    MEETING_KEY_PREFIX +
    (await sha256Base64Url(`meeting\n${organizerEmail.trim().toLowerCase()}\n${start}\n${subject.trim()}`))
  );
}

/** A new random key, for an item that has nothing stable to derive one from (a draft). */
export function randomShareKey(): string {
  if (typeof crypto.randomUUID === 'function') return RANDOM_KEY_PREFIX + crypto.randomUUID();
  // randomUUID needs a secure page; getRandomValues does not (122 random bits either way).
  const hex = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${RANDOM_KEY_PREFIX}${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** {@link messageShareKey}, or `null` where it cannot be computed (no Web Crypto): the item then gets a key when shared. */
export async function messageShareKeyOrNull(internetMessageId: string): Promise<string | null> {
  if (!internetMessageId) return null;
  try {
    return await messageShareKey(internetMessageId);
  } catch {
    return null;
  }
}

/** The item keys worth remembering for a local lookup: non-empty, each once, in order. */
export function uniqueKeys(keys: ReadonlyArray<string | null | undefined>): string[] {
  return [...new Set(keys.filter((key): key is string => typeof key === 'string' && key.trim() !== ''))];
}
