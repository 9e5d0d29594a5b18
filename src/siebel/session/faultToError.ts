import type { AddinError } from '../../shared';
import { SessionError } from '../errors/SessionError';
import { SiebelFaultError } from '../errors/SiebelFaultError';
import { redactSecrets } from '../internal/redactSecrets';
import { FAULT_CODES } from '../services/wireNames';
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
 * Classifies a fault: bad credentials → SessionError `BadCredentials`; a rejected token on a login
 * or on the retry after a fresh login → SessionError `SessionRejected`; anything else, a
 * SiebelFaultError (`NoPublishedPackage` for SBL-PIM-00101).
 */
export function faultToError(fault: SoapFault, context: FaultContext): AddinError {
  const redact = (text: string) => redactSecrets(text, context.secrets);
  const clean: SoapFault = {
    faultCode: redact(fault.faultCode),
    faultString: redact(fault.faultString),
    errors: fault.errors.map((error) => ({ code: error.code, symbol: redact(error.symbol), message: redact(error.message) })),
  };
  const faultError = new SiebelFaultError(clean, context.operation, context.userName);
  const details = { operation: context.operation, url: context.url, userName: context.userName, cause: faultError };
  if (faultError.hasCode(FAULT_CODES.badCredentials)) return new SessionError({ code: 'BadCredentials', ...details });
  if (faultError.hasCode(FAULT_CODES.sessionRejected) && context.phase !== 'token') {
    return new SessionError({ code: 'SessionRejected', ...details });
  }
  return faultError;
}
