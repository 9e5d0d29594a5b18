import { StoreError } from './StoreError';

/**
 * A save refused because an initial synchronization is swapping a new database in for this one
 * (`DataDatabase.closeForEdits`): nothing was written, and the user saves again in a moment.
 */
export class EditsClosedError extends StoreError {
  override name = 'EditsClosedError';

  constructor() {
    super(
      'Saving your change failed: a synchronization is replacing the local CRM data (or was stopped while doing so) — wait a minute or synchronize, then reopen the record and save again',
    );
  }
}
