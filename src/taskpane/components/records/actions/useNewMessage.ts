import { useState } from 'react';
import type { MailAddress } from '../../../../host';
import { useAppServices } from '../../../hooks/useAppServices';
import { mailtoHref } from './contactHrefs';

/** What a link or button needs to start a message: a `mailto:` address, or a click that asks Outlook. */
export type NewMessageProps = { readonly href: string } | { readonly onClick: () => void };

/** Starting new messages from a record, and the last one Outlook refused. */
export interface NewMessage {
  /** Props for the control that writes to `to`. */
  props(to: MailAddress): NewMessageProps;
  /** The address Outlook last refused to open a message to; `null` when none was refused. */
  readonly refused: MailAddress | null;
  dismiss(): void;
}

/**
 * In Outlook, a message to a record's address opens in Outlook's own form (`host.newMessage`);
 * elsewhere (the standalone page) it is a `mailto:` link for the browser to hand to the computer's
 * mail program. When Outlook refuses (an older Outlook, a compose form around the pane), `refused`
 * says to whom, so the card can offer the `mailto:` link instead.
 */
export function useNewMessage(): NewMessage {
  const { host } = useAppServices();
  const [refused, setRefused] = useState<MailAddress | null>(null);
  const open = host.newMessage?.bind(host);
  return {
    props: (to) =>
      open
        ? {
            onClick: () => {
              setRefused(null);
              open(to).catch(() => setRefused(to));
            },
          }
        : { href: mailtoHref(to.email) },
    refused,
    dismiss: () => setRefused(null),
  };
}
