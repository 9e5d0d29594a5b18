import { SessionError } from './SessionError';

/**
 * True when the server refused a session because it has no room for another one of this user
 * (SBL-SMI-00114): the caller should use fewer sessions and try again later.
 */
export function isSessionLimitError(error: unknown): boolean {
  return error instanceof SessionError && error.code === 'TooManySessions';
}
