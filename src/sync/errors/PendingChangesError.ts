import { AddinError } from '../../shared';

/**
 * A run would replace the local database (another login, a full resynchronization, a package
 * that changes the data schema) while local changes are still unsent: they would be lost, so the
 * run stops unless the user agreed to discard them (`discardPendingChanges`).
 */
export class PendingChangesError extends AddinError {
  override name = 'PendingChangesError';

  constructor(
    readonly pendingCount: number,
    readonly loginChanged: boolean,
  ) {
    super(
      'PendingChanges',
      loginChanged
        ? `Starting over with the new login stopped: ${pendingCount} local change(s) of the previous login are not yet sent to Siebel and cannot be sent with the new one — synchronize them first with the old login, or confirm that they may be discarded`
        : `Starting over with a new local database stopped: ${pendingCount} local change(s) could not be sent to Siebel — resolve them in Synchronization issues and synchronize again, or confirm that they may be discarded`,
    );
  }
}
