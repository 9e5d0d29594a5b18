import { HostError } from '../errors/HostError';

/**
 * Turns one Office `*Async` call into a promise. `AsyncResultStatus.Failed` rejects with a
 * `HostError` whose message names the operation and carries Office's own message, so a failure
 * reaches the caller's `catch` instead of vanishing inside the callback.
 *
 * @example
 * await fromAsync('save the roaming settings', (done) => settings.saveAsync(done));
 */
export function fromAsync<T>(
  what: string,
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result.status === Office.AsyncResultStatus.Failed) {
          const detail = result.error?.message || result.error?.name || 'no detail given';
          reject(
            new HostError(`Outlook could not ${what}: ${detail} — try again, or reload the add-in`, {
              cause: result.error,
            }),
          );
        } else {
          resolve(result.value);
        }
      });
    } catch (error) {
      // Some Office builds throw synchronously (e.g. an API missing in this Outlook version).
      reject(
        new HostError(
          `Outlook could not ${what}: ${(error as Error)?.message ?? String(error)} — update Outlook or reload the add-in`,
          { cause: error },
        ),
      );
    }
  });
}
