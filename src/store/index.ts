/* Opening the store */
export { openStore } from './openStore';
export type { Store, StoreOptions } from './Store';
export type { DataDatabase } from './DataDatabase';

/* Schema (pure) */
export { deriveSchema, schemaFromLayout } from './deriveSchema';
export { deriveLayout } from './deriveLayout';
export { tableNameFor } from './tableNameFor';

/* Local changes */
export { isLocalId, LOCAL_ID_PREFIX } from './isLocalId';

/* Search of everything (issue 21) */
export { foldText, wordsOf } from './search/foldText';
export type {
  EverythingGroup,
  EverythingHit,
  EverythingQuery,
  EverythingResult,
  MatchKind,
  SearchBoost,
} from './search/types';

/* Recent and favourite records (per user, issue 21) */
export {
  readPersonalRecords,
  notePersonalRecordOpened,
  setPersonalFavourite,
  settlePersonalRecords,
  MAX_RECENT,
  MAX_FAVOURITES,
} from './personal/personalRecords';
export type { PersonalRecord, PersonalRecords } from './personal/personalRecords';

/* Checks */
export { verifyInstalledPackage } from './verifyInstalledPackage';

/* Errors */
export { StoreError } from './errors/StoreError';
export { EditsClosedError } from './errors/EditsClosedError';
export { StorageFullError } from './errors/StorageFullError';
export { InstalledPackageMissingError } from './errors/InstalledPackageMissingError';
export { isQuotaExceeded } from './errors/toStoreError';

/* Types */
export type {
  Checkpoint,
  DatabaseEntry,
  DatabaseState,
  FieldValue,
  Identity,
  FieldConflict,
  InstalledPackage,
  ListOptions,
  LocalEdit,
  LocalEditExtras,
  LocalIssue,
  LocalIssueKind,
  LocalMutation,
  PackageVerification,
  PendingChange,
  PendingOperation,
  SearchQuery,
  SharedItem,
  StoredPackage,
  StoredRecord,
  StoreLayout,
  SyncCounts,
  SyncIssue,
  SyncLogEntry,
  UploadCounts,
  PackageNote,
  DatabaseSyncState,
  DeletionCheckState,
  TypeLayout,
  TypeReference,
  SendingMark,
  UploadAck,
  WriteBatch,
} from './types';
