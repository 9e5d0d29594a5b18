import { HostError } from '../errors/HostError';
import type { MailAddress } from '../types';

/**
 * Opens Outlook's form for a new message to `to` (`displayNewMessageForm`, Mailbox 1.6, read mode).
 * The recipient goes as a bare address: Outlook resolves the name from the address book, and the
 * object form (`EmailAddressDetails`) would need an appointment response and a recipient type that
 * mean nothing for a new message. Rejects with a `HostError` where the form cannot open (an older
 * Outlook, a compose form around the pane), so the caller can offer a `mailto:` link instead.
 */
export async function outlookNewMessage(
  mailbox: Pick<Office.Mailbox, 'displayNewMessageForm'>,
  requirements: Office.RequirementSetSupport | undefined,
  to: MailAddress,
): Promise<void> {
  if (!requirements?.isSetSupported('Mailbox', '1.6') || typeof mailbox.displayNewMessageForm !== 'function')
    throw new HostError(
      'Outlook could not open a new message: this Outlook does not let add-ins open one (Mailbox 1.6) — write the e-mail from Outlook itself',
    );
  try {
    // Synchronous: Outlook throws when a parameter is refused, and opens the form otherwise.
    mailbox.displayNewMessageForm({ toRecipients: [to.email] });
  } catch (error) {
    throw new HostError(
      `Outlook could not open a new message: ${(error as Error)?.message ?? String(error)} — select a message in the reading pane and try again, or write the e-mail from Outlook itself`,
      { cause: error },
    );
  }
}
