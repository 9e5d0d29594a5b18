import { AddinError } from '../../shared';

/**
 * A local-storage operation failed (IndexedDB refused, a database is missing or closed, a caller
 * asked for something the schema does not allow). Other store errors are {@link StorageFullError}.
 */
export class StoreError extends AddinError {
  override name = 'StoreError';

  constructor(message: string, options?: { cause?: unknown }) {
    super('Store', message, options);
  }
}
