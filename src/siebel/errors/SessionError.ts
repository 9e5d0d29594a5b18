import { AddinError } from '../../shared';

/** Why the Siebel session could not be used. */
export type SessionErrorCode = 'BadCredentials' | 'SessionRejected' | 'TooManySessions';

/** What a {@link SessionError} is about; `url` must already be free of credentials. */
export interface SessionErrorDetails {
  readonly code: SessionErrorCode;
  readonly operation: string;
  readonly url: string;
  readonly userName: string;
  /** The SiebelFaultError the server answered with. */
  readonly cause?: unknown;
}

/**
 * Logging in failed (`BadCredentials`, SBL-SEC-10018) or Siebel refused the session token again
 * right after a fresh login (`SessionRejected`), or the server had no room for another session of
 * the user (`TooManySessions`, SBL-SMI-00114: try later with fewer sessions). Not transient in the
 * transport sense; the sync layer waits and retries `TooManySessions` itself.
 */
export class SessionError extends AddinError {
  override name = 'SessionError';
  override readonly code: SessionErrorCode;
  readonly operation: string;
  readonly url: string;

  constructor(details: SessionErrorDetails) {
    super(details.code, messageFor(details), { cause: details.cause });
    this.code = details.code;
    this.operation = details.operation;
    this.url = details.url;
  }
}

function messageFor({ code, operation, url, userName }: SessionErrorDetails): string {
  if (code === 'BadCredentials') {
    return `Siebel refused the login of user ${userName} at ${url}: the user ID or password is incorrect — check both in the connection settings, then synchronize again`;
  }
  if (code === 'TooManySessions') {
    return `The Siebel Server has no room for another session of user ${userName} for ${operation} at ${url} — close other Siebel clients of this user or synchronize again in a few minutes; if it persists, ask your CRM administrator to check the object manager's task limits or lower maximumSessions in the wire profile`;
  }
  return `Siebel refused the session of user ${userName} for ${operation} at ${url}, even right after a fresh login — synchronize again; if it keeps failing, ask your CRM administrator to check the server's session settings`;
}
