import { HostError } from '../errors/HostError';
import type { NotificationKind } from '../types';
import { fromAsync } from './fromAsync';

/** Outlook refuses notification texts longer than this. */
const MAX_LENGTH = 150;
/** One key, so a new message replaces the previous one instead of stacking up. */
const KEY = 'crm-desktop';

/** Shows `message` in the notification bar of the current item. */
export async function outlookNotify(mailbox: Office.Mailbox, message: string, kind: NotificationKind): Promise<void> {
  const item = mailbox.item;
  if (!item) {
    throw new HostError('Outlook could not show a notification: no item is open — open a message and try again');
  }
  const text = message.length > MAX_LENGTH ? `${message.slice(0, MAX_LENGTH - 1)}…` : message;
  const details: Office.NotificationMessageDetails =
    kind === 'error'
      ? { type: Office.MailboxEnums.ItemNotificationMessageType.ErrorMessage, message: text }
      : {
          type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
          message: text,
          icon: 'Icon.16x16',
          persistent: false,
        };
  await fromAsync<void>('show a notification', (done) => item.notificationMessages.replaceAsync(KEY, details, done));
}
