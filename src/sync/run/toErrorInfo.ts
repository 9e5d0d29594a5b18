import { isAddinError } from '../../shared';
import { PendingChangesError } from '../errors/PendingChangesError';
import type { SyncErrorInfo } from '../machine/types';

/** The code and message of a stopping error, as kept in a report and in the sync log. */
export function toErrorInfo(error: unknown): SyncErrorInfo {
  if (error instanceof PendingChangesError)
    return { code: error.code, message: error.message, pendingCount: error.pendingCount };
  if (isAddinError(error)) return { code: error.code, message: error.message };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: 'SyncUnexpected',
    message: `The synchronization stopped on an unexpected error: ${detail} — synchronize again; if it repeats, send the sync log to your administrator`,
  };
}
