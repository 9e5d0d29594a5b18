import type { AddinError } from '../../shared';
import { SessionError } from '../errors/SessionError';
import { SiebelFaultError } from '../errors/SiebelFaultError';
import { redactSecrets } from '../internal/redactSecrets';
import { isBadCredentials, isSessionLimit, isTokenRejection } from './faultSignatures';
import type { SoapFault } from '../types';

/** Where in the session's life the fault came back. */
export type FaultPhase = 'login' | 'retry' | 'token';

/** What the session knows about the call that faulted. */
export interface FaultContext {
  readonly operation: string;
  /** Already free of credentials. */
  readonly url: string;
  readonly userName: string;
  /** Password and tokens, removed from any server text that echoes them. */
  readonly secrets: readonly (string | undefined)[];
  readonly phase: FaultPhase;
}

/**
 * Classifies a fault (field evidence §4): on a request that carried the password, a refused login
 * or a token rejection (public clients read 10944642 as a failed login too) → SessionError
 * `BadCredentials`; a token rejection on the retry after a fresh login → SessionError
 * `SessionRejected`; no room for another session (SBL-SMI-00114) → SessionError `TooManySessions`;
 * anything else, a SiebelFaultError (`NoPublishedPackage`, `PageSizeTooLarge`,
 * `SiebelFault`).
 */
export function faultToError(fault: SoapFault, context: FaultContext): AddinError {
  const redact = (text: string) => redactSecrets(text, context.secrets);
  const clean: SoapFault = {
    faultCode: redact(fault.faultCode),
    faultString: redact(fault.faultString),
    errors: fault.errors.map((error) => ({
      code: error.code,
      symbol: redact(error.symbol),
      message: redact(error.message),
    })),
  };
  const faultError = new SiebelFaultError(clean, context.operation, context.userName);
  const details = { operation: context.operation, url: context.url, userName: context.userName, cause: faultError };
  // Before the credential checks: a server without room refuses a login whose password is right.
  if (isSessionLimit(clean)) return new SessionError({ code: 'TooManySessions', ...details });
  if (isBadCredentials(clean)) return new SessionError({ code: 'BadCredentials', ...details });
  if (isTokenRejection(clean) && context.phase === 'login')
    return new SessionError({ code: 'BadCredentials', ...details });
  if (isTokenRejection(clean) && context.phase === 'retry')
    return new SessionError({ code: 'SessionRejected', ...details });
  return faultError;
}
