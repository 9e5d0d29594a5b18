import { AddinError } from '../../shared';

/** The user (or the caller's signal) stopped a synchronization; what was written is kept. */
export class SyncCancelledError extends AddinError {
  override name = 'SyncCancelledError';

  constructor(cause?: unknown) {
    super('SyncCancelled', 'The synchronization was cancelled: the records written so far are kept — synchronize again to continue where it stopped', { cause });
  }
}
