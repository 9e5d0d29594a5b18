import { AddinError } from '../../shared';

/** Why the Siebel session could not be used. */
export type SessionErrorCode = 'BadCredentials' | 'SessionRejected';

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
 * right after a fresh login (`SessionRejected`). Never transient: the user must act.
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
  return `Siebel refused the session of user ${userName} for ${operation} at ${url}, even right after a fresh login — synchronize again; if it keeps failing, ask your CRM administrator to check the server's session settings`;
}
