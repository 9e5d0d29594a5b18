import { AddinError } from '../../shared';

/**
 * The user (or the caller's signal) stopped a synchronization; what was written is kept. When the
 * signal was aborted with an add-in error as its reason (the ribbon's time limit), the message says
 * so, and that is what the sync log keeps: "stopped by its time limit" is not "cancelled by you".
 */
export class SyncCancelledError extends AddinError {
  override name = 'SyncCancelledError';

  constructor(cause?: unknown) {
    super(
      'SyncCancelled',
      cause instanceof AddinError
        ? `The synchronization was stopped, the records written so far are kept: ${cause.message}`
        : 'The synchronization was cancelled: the records written so far are kept — synchronize again to continue where it stopped',
      { cause },
    );
  }
}
