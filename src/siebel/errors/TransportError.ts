import { AddinError } from '../../shared';

/** How the HTTP exchange failed. */
export type TransportErrorCode = 'Network' | 'Timeout' | 'HttpStatus' | 'Aborted';

/** What a {@link TransportError} is about; `url` must already be free of credentials. */
export interface TransportErrorDetails {
  readonly code: TransportErrorCode;
  readonly operation: string;
  readonly url: string;
  /** HTTP status, for `HttpStatus`. */
  readonly status?: number;
  readonly timeoutMs?: number;
  readonly cause?: unknown;
}

/**
 * The HTTP exchange with the Siebel server failed before a SOAP answer could be read: no
 * connection, no answer in time, the caller cancelled, or a non-2xx status without a SOAP fault.
 * A SOAP fault is never a TransportError (see SiebelFaultError).
 */
export class TransportError extends AddinError {
  override name = 'TransportError';
  override readonly code: TransportErrorCode;
  readonly operation: string;
  readonly url: string;
  readonly status: number | undefined;

  constructor(details: TransportErrorDetails) {
    super(details.code, messageFor(details), { cause: details.cause });
    this.code = details.code;
    this.operation = details.operation;
    this.url = details.url;
    this.status = details.status;
  }
}

function messageFor({ code, operation, url, status, timeoutMs }: TransportErrorDetails): string {
  switch (code) {
    case 'Network':
      return `Could not reach the Siebel server for ${operation}: ${url} — check the network connection and the server URL, then synchronize again`;
    case 'Timeout':
      return `The Siebel server did not answer ${operation} within ${timeoutMs ?? '?'} ms: ${url} — the server may be busy; synchronize again later`;
    case 'Aborted':
      return `${operation} was cancelled: ${url} — synchronize again when you are ready`;
    case 'HttpStatus':
      return `The Siebel server answered ${operation} with HTTP ${status ?? '?'}: ${url} — ${adviceForStatus(status)}`;
  }
}

function adviceForStatus(status: number | undefined): string {
  if (status === 401 || status === 403)
    return 'a proxy or the web server refused the request; check the server URL and any proxy sign-in';
  if (status === 404)
    return 'check that the server URL points at the Siebel EAI endpoint (…/eai_<lang>/start.swe or …/siebel/app/eai/<lang>/swe)';
  if (status !== undefined && status >= 500)
    return 'the server or a proxy in front of it failed; synchronize again later, and tell your CRM administrator if it persists';
  return 'check the server URL, then synchronize again';
}
