/* Starting */
export { startHost } from './startHost';
export { detectOutlook, hostInfoOf, HOST_INFO_PARAM, OFFICE_POLL_MS, OFFICE_SLOW_MS } from './detectOutlook';
export type { OfficeProbe } from './detectOutlook';
export { STARTUP_PROBLEM_ID, STARTUP_SLOW_ID } from './startupStatus';

/* Hosts */
export { createOutlookHost } from './outlook/createOutlookHost';
export {
  createStandaloneHost,
  standaloneCommands,
  NOTIFICATION_EVENT,
  RUN_COMMAND_EVENT,
  COMMAND_COMPLETED_EVENT,
  SELECT_ITEM_EVENT,
  THEME_EVENT,
} from './standalone/createStandaloneHost';
export type { StandaloneOptions, NotificationEventDetail } from './standalone/createStandaloneHost';
export { STANDALONE_SETTINGS_KEY } from './standalone/standaloneRoamingSettings';
export { SAMPLE_ITEM, SAMPLE_BODY, itemFromQuery, bodyFromQuery } from './standalone/sampleItem';

/* Login options (roaming settings) */
export { LOGIN_OPTIONS_KEY, DEFAULT_AUTO_SYNC_MINUTES, MAX_OPTIONS_BYTES } from './settings/LoginOptions';
export type { LoginOptions } from './settings/LoginOptions';
export { readLoginOptions, writeLoginOptions, clearLoginOptions, assertNoSecrets } from './settings/loginOptionsStore';

/* Credentials */
export { createCredentialVault, VAULT_DB_NAME } from './credentials/createCredentialVault';
export type { CredentialVault, CredentialVaultOptions, VaultIdentity } from './credentials/createCredentialVault';
export { idbKeyValue } from './credentials/idbKeyValue';
export type { KeyValueTable } from './credentials/idbKeyValue';

/* The company's deployment file */
export { fetchDeploymentFile, DEPLOYMENT_FILE } from './deployment/fetchDeploymentFile';

/* Browser storage: persistence, space, and the mailbox's record of a first sync */
export { createBrowserStorage } from './storage/createBrowserStorage';
export type { BrowserStorage, StorageManagerLike, StoragePersistence, StorageStatus } from './storage/BrowserStorage';
export { LOCAL_DATA_RECORD_KEY, readLocalDataRecord, writeLocalDataRecord } from './storage/localDataRecord';
export type { LocalDataRecord } from './storage/localDataRecord';

/* Share identity of items shared with Siebel */
export {
  messageShareKey,
  messageShareKeyOrNull,
  meetingShareKey,
  randomShareKey,
  uniqueKeys,
  MESSAGE_KEY_PREFIX,
  MEETING_KEY_PREFIX,
  RANDOM_KEY_PREFIX,
} from './share/shareKeys';
export { SHARE_PROPERTY, sharePropertyValue, shareKeyOfProperty } from './share/shareProperty';
export type { SharePropertyValue } from './share/shareProperty';

/* Dialogs */
export { messageParent } from './outlook/messageParent';

/* Errors */
export { HostError } from './errors/HostError';

/* Types */
export type {
  CategoryOutcome,
  CommandEvent,
  CommandHandler,
  Host,
  HostKind,
  HostTheme,
  HostDiagnostics,
  MailAddress,
  MailItemSummary,
  NotificationKind,
  RoamingSettings,
  ShareMark,
  ShareMarkResult,
  Unsubscribe,
} from './types';
