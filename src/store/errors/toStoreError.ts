import { isAddinError } from '../../shared';
import { StorageFullError } from './StorageFullError';
import { StoreError } from './StoreError';

const QUOTA = 'QuotaExceededError';

/**
 * True when `error`, or any error it wraps, is a quota failure. Dexie reports one as the error
 * itself, as `inner` of an AbortError, or inside a BulkError's `failures`; browsers also put it
 * on an aborted transaction. We walk all of these because the wrapping differs by browser.
 */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const candidate = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (candidate.name === QUOTA) return true;
  if (isQuotaExceeded(candidate.inner, depth + 1) || isQuotaExceeded(candidate.cause, depth + 1)) return true;
  return Array.isArray(candidate.failures) && candidate.failures.some((f) => isQuotaExceeded(f, depth + 1));
}

/**
 * Maps any failure of a store operation to an add-in error: quota → {@link StorageFullError},
 * an existing add-in error unchanged, anything else → {@link StoreError} with `what` and `input`.
 */
export function toStoreError(error: unknown, what: string, input: string): Error {
  if (isQuotaExceeded(error)) return new StorageFullError(what, { cause: error });
  if (isAddinError(error)) return error;
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new StoreError(
    `${what} failed: ${input} (${reason}) — close other Outlook windows and synchronize again; if it keeps failing, reset the local CRM data`,
    { cause: error },
  );
}

/** Runs `operation` and rethrows its failure through {@link toStoreError}. */
export async function guardStore<T>(what: string, input: string, operation: () => PromiseLike<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStoreError(error, what, input);
  }
}
