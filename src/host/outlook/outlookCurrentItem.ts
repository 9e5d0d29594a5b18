import type { MailAddress, MailItemSummary } from '../types';
import { fromAsync } from './fromAsync';

type Details = Office.EmailAddressDetails;
type AnyItem = Office.MessageRead & Office.AppointmentRead & Office.MessageCompose & Office.AppointmentCompose;

function address(details: Details | null | undefined): MailAddress | null {
  return details ? { name: details.displayName ?? '', email: details.emailAddress ?? '' } : null;
}

function addresses(list: readonly Details[] | null | undefined): MailAddress[] {
  return (list ?? []).flatMap((details) => address(details) ?? []);
}

/** Read mode exposes plain values; compose mode exposes objects with `getAsync` instead. */
function isCompose(item: AnyItem): boolean {
  return typeof (item as { subject: unknown }).subject !== 'string';
}

async function readRecipients(recipients: Office.Recipients | undefined, what: string): Promise<MailAddress[]> {
  if (!recipients) return [];
  return addresses(await fromAsync<Details[]>(`read the ${what} of the item`, (done) => recipients.getAsync(done)));
}

async function composeSummary(item: AnyItem, isMessage: boolean): Promise<MailItemSummary> {
  const subject = await fromAsync<string>('read the subject of the item', (done) => item.subject.getAsync(done));
  const from = item.from?.getAsync
    ? address(await fromAsync<Details>('read the sender of the item', (done) => item.from.getAsync(done)))
    : null;
  const to = await readRecipients(isMessage ? item.to : item.requiredAttendees, 'recipients');
  const cc = await readRecipients(isMessage ? item.cc : item.optionalAttendees, 'copy recipients');
  return { subject, from, to, cc, itemType: isMessage ? 'message' : 'appointment' };
}

function readSummary(item: AnyItem, isMessage: boolean): MailItemSummary {
  const read = item as unknown as Office.MessageRead & Office.AppointmentRead;
  return {
    subject: read.subject ?? '',
    from: address(isMessage ? read.from : read.organizer),
    to: addresses(isMessage ? read.to : (read.requiredAttendees as Details[])),
    cc: addresses(isMessage ? read.cc : (read.optionalAttendees as Details[])),
    itemType: isMessage ? 'message' : 'appointment',
  };
}

/** Summarizes `Office.context.mailbox.item` (read or compose, message or appointment). */
export async function outlookCurrentItem(mailbox: Office.Mailbox): Promise<MailItemSummary | null> {
  const item = mailbox.item as AnyItem | null | undefined;
  if (!item) return null;
  const isMessage = item.itemType !== Office.MailboxEnums.ItemType.Appointment;
  return isCompose(item) ? composeSummary(item, isMessage) : readSummary(item, isMessage);
}
