import { AddinError } from '../../shared';

/**
 * The browser's storage quota is exhausted (IndexedDB `QuotaExceededError`). A distinct class
 * because the user can act on it (free space) and the sync must stop without retrying.
 */
export class StorageFullError extends AddinError {
  override name = 'StorageFullError';

  constructor(operation: string, options?: { cause?: unknown }) {
    super(
      'StorageFull',
      `${operation}: Outlook's browser storage is full — free disk space or ask IT to raise the storage quota, then synchronize again. Your data synchronized so far is kept.`,
      options,
    );
  }
}
