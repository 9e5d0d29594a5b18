import { fromAsync } from './fromAsync';

/**
 * Opens `url` (same origin as the add-in) in an Office dialog and resolves with the first message
 * the page sends through `Office.context.ui.messageParent`, or `null` when the user closes it or
 * `signal` aborts (the dialog is then closed: a ribbon command whose time is up must not leave a
 * sign-in window behind that nothing listens to any more). Rejects with a `HostError` when Outlook
 * cannot open it (e.g. a dialog is already open).
 */
export async function outlookDialog(
  ui: Office.UI,
  url: string,
  size: { height: number; width: number },
  signal?: AbortSignal,
): Promise<string | null> {
  if (signal?.aborted) return null;
  const dialog = await fromAsync<Office.Dialog>('open the sign-in window', (done) =>
    ui.displayDialogAsync(url, { ...size, displayInIframe: true }, done),
  );
  return new Promise<string | null>((resolve) => {
    const closeOnAbort = () => {
      dialog.close();
      resolve(null);
    };
    if (signal?.aborted) return closeOnAbort();
    signal?.addEventListener('abort', closeOnAbort, { once: true });
    const answer = (value: string | null) => {
      signal?.removeEventListener('abort', closeOnAbort);
      resolve(value);
    };
    dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
      dialog.close();
      answer('message' in arg ? arg.message : null);
    });
    // Closed with its X, or the page failed to load: both mean "no answer".
    dialog.addEventHandler(Office.EventType.DialogEventReceived, () => answer(null));
  });
}
