import { createLogger } from '../../shared';
import { listenerSet } from '../internal/listenerSet';
import type { Unsubscribe } from '../types';
import { fromAsync } from './fromAsync';

const log = createLogger('host');

/** Subscriptions to one event of `Office.context.mailbox`. */
export interface MailboxEvent<T> {
  subscribe(listener: (args: T) => void): Unsubscribe;
}

/**
 * One mailbox event (`ItemChanged`, `OfficeThemeChanged`) for any number of listeners. Office's
 * `removeHandlerAsync` drops every handler of an event type at once, so the Office handler is
 * added on the first subscription and kept for the page's life; unsubscribing drops the listener.
 * When Outlook refuses the handler (a client without the requirement set), the task pane keeps
 * working without following the event, and the log says why.
 */
export function mailboxEvent<T>(mailbox: Office.Mailbox, eventType: Office.EventType, what: string): MailboxEvent<T> {
  const listeners = listenerSet<T>(what);
  let added = false;
  return {
    subscribe(listener) {
      const unsubscribe = listeners.add(listener);
      if (!added) {
        added = true;
        fromAsync<void>(`follow ${what}`, (done) =>
          mailbox.addHandlerAsync(eventType, (args: T) => listeners.emit(args), done),
        ).catch((error: unknown) => log.warn((error as Error)?.message ?? String(error)));
      }
      return unsubscribe;
    },
  };
}
