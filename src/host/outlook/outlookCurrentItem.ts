import { messageShareKeyOrNull, uniqueKeys } from '../share/shareKeys';
import type { MailAddress, MailItemSummary } from '../types';
import { fromAsync } from './fromAsync';
import { readShareProperty } from './outlookShareProperty';

type Details = Office.EmailAddressDetails;
type AnyItem = Office.MessageRead & Office.AppointmentRead & Office.MessageCompose & Office.AppointmentCompose;
type ReadItem = Office.MessageRead & Office.AppointmentRead;

function address(details: Details | null | undefined): MailAddress | null {
  return details ? { name: details.displayName ?? '', email: details.emailAddress ?? '' } : null;
}

function addresses(list: readonly Details[] | null | undefined): MailAddress[] {
  return (list ?? []).flatMap((details) => address(details) ?? []);
}

/** Office hands out `Date` objects (and some builds ISO strings); anything else is unknown. */
function isoDate(value: unknown): string | null {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
}

function isUser(mailbox: Office.Mailbox, person: MailAddress | null): boolean {
  const user = userEmailOf(mailbox);
  return Boolean(user) && person?.email.trim().toLowerCase() === user;
}

/** The mailbox user's address, lower case; `{}` when Outlook does not tell it (spread into a summary). */
function userEmail(mailbox: Office.Mailbox): { userEmail?: string } {
  const user = userEmailOf(mailbox);
  return user ? { userEmail: user } : {};
}

function userEmailOf(mailbox: Office.Mailbox): string | undefined {
  return mailbox.userProfile?.emailAddress?.trim().toLowerCase() || undefined;
}

/** Read mode exposes plain values; compose mode exposes objects with `getAsync` instead. */
function isCompose(item: AnyItem): boolean {
  return typeof (item as { subject: unknown }).subject !== 'string';
}

async function readRecipients(recipients: Office.Recipients | undefined, what: string): Promise<MailAddress[]> {
  if (!recipients) return [];
  return addresses(await fromAsync<Details[]>(`read the ${what} of the item`, (done) => recipients.getAsync(done)));
}

async function readTime(time: Office.Time | undefined, what: string): Promise<string | null> {
  if (!time?.getAsync) return null;
  return isoDate(await fromAsync<Date>(`read the ${what} of the item`, (done) => time.getAsync(done)));
}

/** A draft has an id only once saved; an unsaved one has no key (and cannot be shared yet). */
async function composeKey(item: AnyItem): Promise<string> {
  if (typeof item.getItemIdAsync !== 'function') return '';
  return fromAsync<string>('read the id of the item', (done) => item.getItemIdAsync(done)).catch(() => '');
}

/** A message's sender, or an appointment's organizer (Mailbox 1.7); `null` where Outlook has no API for it. */
async function composeFrom(item: AnyItem, isMessage: boolean): Promise<MailAddress | null> {
  const source = isMessage ? item.from : item.organizer;
  if (!source?.getAsync) return null;
  return address(
    await fromAsync<Details>(`read the ${isMessage ? 'sender' : 'organizer'} of the item`, (done) =>
      source.getAsync(done),
    ).catch(() => null),
  );
}

/**
 * The share key the item carries (custom property of an earlier share), else the key of its
 * internet message id; `null` for an item with neither (see share/shareKeys).
 */
async function shareKeyOf(item: AnyItem, internetMessageId: string): Promise<string | null> {
  return (await readShareProperty(item)) ?? messageShareKeyOrNull(internetMessageId);
}

async function composeSummary(item: AnyItem, isMessage: boolean): Promise<MailItemSummary> {
  const subject = await fromAsync<string>('read the subject of the item', (done) => item.subject.getAsync(done));
  const from = await composeFrom(item, isMessage);
  const to = await readRecipients(isMessage ? item.to : item.requiredAttendees, 'recipients');
  const cc = await readRecipients(isMessage ? item.cc : item.optionalAttendees, 'copy recipients');
  const itemKey = await composeKey(item);
  // A draft has no internet message id yet: its key is the custom property of an earlier share, or none.
  return {
    itemKey,
    shareKey: await shareKeyOf(item, ''),
    itemKeys: uniqueKeys([itemKey]),
    subject,
    from,
    to,
    cc,
    itemType: isMessage ? 'message' : 'appointment',
    // The user is writing it: a message is outbound, an appointment is theirs.
    sentByUser: true,
    date: isMessage ? null : await readTime(item.start, 'start'),
    end: isMessage ? null : await readTime(item.end, 'end'),
  };
}

async function readSummary(mailbox: Office.Mailbox, item: ReadItem, isMessage: boolean): Promise<MailItemSummary> {
  const from = address(isMessage ? item.from : item.organizer);
  const internetMessageId = (isMessage ? item.internetMessageId : '') || '';
  return {
    itemKey: internetMessageId || item.itemId || '',
    shareKey: await shareKeyOf(item as unknown as AnyItem, internetMessageId),
    itemKeys: uniqueKeys([internetMessageId, item.itemId]),
    subject: item.subject ?? '',
    from,
    to: addresses(isMessage ? item.to : (item.requiredAttendees as Details[])),
    cc: addresses(isMessage ? item.cc : (item.optionalAttendees as Details[])),
    itemType: isMessage ? 'message' : 'appointment',
    sentByUser: isUser(mailbox, from),
    ...userEmail(mailbox),
    date: isoDate(isMessage ? item.dateTimeCreated : item.start),
    end: isMessage ? null : isoDate(item.end),
  };
}

/** Summarizes `Office.context.mailbox.item` (read or compose, message or appointment). */
export async function outlookCurrentItem(mailbox: Office.Mailbox): Promise<MailItemSummary | null> {
  const item = mailbox.item as AnyItem | null | undefined;
  if (!item) return null;
  const isMessage = item.itemType !== Office.MailboxEnums.ItemType.Appointment;
  return isCompose(item)
    ? composeSummary(item, isMessage)
    : readSummary(mailbox, item as unknown as ReadItem, isMessage);
}

/** The body of `Office.context.mailbox.item` as plain text; `''` when no item is open. */
export async function outlookItemBody(mailbox: Office.Mailbox): Promise<string> {
  const body = (mailbox.item as AnyItem | null | undefined)?.body;
  if (!body) return '';
  const text = await fromAsync<string>('read the body of the item', (done) =>
    body.getAsync(Office.CoercionType.Text, done),
  );
  return text ?? '';
}
