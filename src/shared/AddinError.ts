import type { AddinErrorCode } from './AddinErrorCode';

/**
 * Base of every error meant for a person: a code from {@link AddinErrorCode} and a message
 * of the form "<what failed>: <which input> — <what to try>". The original error stays in `cause`.
 * Messages never contain a password or a session token.
 */
export class AddinError extends Error {
  override name = 'AddinError';

  constructor(
    readonly code: AddinErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Cross-realm check (an error from another window or worker fails `instanceof`). */
export function isAddinError(value: unknown): value is AddinError {
  return (
    value instanceof AddinError ||
    (typeof value === 'object' &&
      value !== null &&
      typeof (value as { code?: unknown }).code === 'string' &&
      value instanceof Error)
  );
}
