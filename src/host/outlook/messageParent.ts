import { HostError } from '../errors/HostError';

/**
 * Sends `message` from a dialog page to the page that opened it (`Office.context.ui.messageParent`).
 * Throws a `HostError` outside an Office dialog.
 */
export function messageParent(message: string): void {
  const ui = typeof Office === 'undefined' ? undefined : Office.context?.ui;
  if (!ui?.messageParent)
    throw new HostError(
      'The sign-in window could not answer Outlook: it was not opened by Outlook — close it and press Sync again',
    );
  ui.messageParent(message);
}
