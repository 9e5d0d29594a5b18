import { StoreError } from './StoreError';

/** A data database has no installed package (a crash during creation, or damaged storage). */
export class InstalledPackageMissingError extends StoreError {
  override name = 'InstalledPackageMissingError';

  constructor(databaseName: string) {
    super(`Reading the installed package failed: ${databaseName} has none — synchronize again to reinstall it`);
  }
}
