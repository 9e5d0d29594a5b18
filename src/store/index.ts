/* Opening the store */
export { openStore } from './openStore';
export type { Store, StoreOptions } from './Store';
export type { DataDatabase } from './DataDatabase';

/* Schema (pure) */
export { deriveSchema, schemaFromLayout } from './deriveSchema';
export { deriveLayout } from './deriveLayout';
export { tableNameFor } from './tableNameFor';

/* Checks */
export { verifyInstalledPackage } from './verifyInstalledPackage';

/* Errors */
export { StoreError } from './errors/StoreError';
export { StorageFullError } from './errors/StorageFullError';
export { MissingPackageError } from './errors/MissingPackageError';
export { isQuotaExceeded } from './errors/toStoreError';

/* Types */
export type {
  Checkpoint,
  DatabaseEntry,
  DatabaseState,
  FieldValue,
  Identity,
  InstalledPackage,
  ListOptions,
  PackageVerification,
  SearchQuery,
  StoredPackage,
  StoredRecord,
  StoreLayout,
  SyncCounts,
  SyncIssue,
  SyncLogEntry,
  SyncState,
  TypeLayout,
  WriteBatch,
} from './types';
