import { SYNC_ERROR_CODES } from '../../siebel';

/** What a failed command means for its pending change. */
export type CommandErrorClass = 'recordChanged' | 'recordNotFound' | 'duplicate' | 'failure';

/**
 * Classifies a command's error code. `recordChanged` postpones the change (the next run's
 * version check shows the conflict), `recordNotFound` is a "deleted on the server" conflict,
 * `duplicate` a duplicate issue, `failure` an issue retried on every synchronization.
 */
export function classifyCommandError(errorCode: string): CommandErrorClass {
  const code = errorCode.trim().replace(/^\(|\)$/g, '').toUpperCase();
  if (code === SYNC_ERROR_CODES.recordChanged) return 'recordChanged';
  if (code === SYNC_ERROR_CODES.recordNotFound) return 'recordNotFound';
  if (code === SYNC_ERROR_CODES.duplicateUserKey) return 'duplicate';
  return 'failure';
}
