import {
  BAD_CREDENTIALS_TEXT,
  FAULT_CODES,
  PAGE_SIZE_LIMIT_TEXT,
  SESSION_LIMIT_TEXT,
  SESSION_TOKEN_TEXT,
} from '../services/wireNames';
import type { SoapFault } from '../types';

/*
 * What a fault means, read the way field evidence §4 says real servers write it: by the error
 * stack's codes when there are any, else by `faultstring` and the messages (Oracle's ASI layer
 * writes faults with no `errorcode`, and codes often sit in the text in parentheses).
 */

function texts(fault: SoapFault): string[] {
  return [fault.faultString, ...fault.errors.map((error) => error.message)];
}

function hasCode(fault: SoapFault, code: string): boolean {
  return fault.errors.some((error) => error.code === code) || texts(fault).some((text) => text.includes(code));
}

/** Siebel refused the session token: missing, invalid or expired (code 10944642 or its wording). */
export function isTokenRejection(fault: SoapFault): boolean {
  return (
    hasCode(fault, FAULT_CODES.sessionToken) ||
    hasCode(fault, FAULT_CODES.legacySessionRejected) ||
    texts(fault).some((text) => SESSION_TOKEN_TEXT.test(text))
  );
}

/** Siebel refused the user name or password. */
export function isBadCredentials(fault: SoapFault): boolean {
  return hasCode(fault, FAULT_CODES.badCredentials) || texts(fault).some((text) => BAD_CREDENTIALS_TEXT.test(text));
}

/**
 * The server has no room for another session of this user: SBL-SMI-00114 ("…has reached the
 * maximum number of concurrent tasks…") or that wording without a code. Try again later, with
 * fewer sessions; never a sign of bad credentials.
 */
export function isSessionLimit(fault: SoapFault): boolean {
  return hasCode(fault, FAULT_CODES.sessionLimit) || texts(fault).some((text) => SESSION_LIMIT_TEXT.test(text));
}

/**
 * For an `SBL-EAI-04447` fault (PageSize above `MaximumPageSize`): the server's limit as its
 * message states it, or `null` when the message gives none. `undefined` for any other fault.
 */
export function pageSizeLimitOf(fault: SoapFault): number | null | undefined {
  if (!hasCode(fault, FAULT_CODES.pageSizeTooLarge)) return undefined;
  for (const text of texts(fault)) {
    const limit = PAGE_SIZE_LIMIT_TEXT.exec(text)?.[1];
    if (limit !== undefined && Number(limit) >= 1) return Number(limit);
  }
  return null;
}
