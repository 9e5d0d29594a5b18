import { RECORD_NOT_FOUND_TEXT, SYNC_ERROR_CODES } from '../../siebel';

/** What a failed command means for its pending change. */
export type CommandErrorClass = 'recordChanged' | 'recordNotFound' | 'refusedValue' | 'duplicate' | 'failure';

/**
 * Classifies a command's error (field evidence §4). `recordChanged` postpones the change (the next
 * run's version check shows the conflict), `recordNotFound` is a "deleted on the server" conflict,
 * `refusedValue` a value outside a bounded pick-list (SBL-EAI-04401: an issue naming the field and
 * the value, never a conflict), `duplicate` a duplicate issue, `failure` an issue retried on every
 * synchronization. A not-found error is also recognised by its wording, since its code is unconfirmed.
 */
export function classifyCommandError(errorCode: string, errorMessage = ''): CommandErrorClass {
  const code = errorCode
    .trim()
    .replace(/^\(|\)$/g, '')
    .toUpperCase();
  if (code === SYNC_ERROR_CODES.recordChanged) return 'recordChanged';
  if (code === SYNC_ERROR_CODES.picklistValueRefused) return 'refusedValue';
  if (code === SYNC_ERROR_CODES.recordNotFound) return 'recordNotFound';
  if (code === SYNC_ERROR_CODES.duplicateUserKey) return 'duplicate';
  if (RECORD_NOT_FOUND_TEXT.test(errorMessage)) return 'recordNotFound';
  return 'failure';
}
