import { AddinError } from '../../shared';

/** A second synchronization was requested while one runs (in this window or another). */
export class SyncAlreadyRunningError extends AddinError {
  override name = 'SyncAlreadyRunningError';

  constructor() {
    super(
      'SyncAlreadyRunning',
      'A synchronization is already running; wait for it to finish or follow its progress in the task pane',
    );
  }
}
