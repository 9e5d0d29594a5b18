/* Starting */
export { startHost, OFFICE_SCRIPT_ID } from './startHost';
export { detectOutlook, OFFICE_READY_WAIT_MS, OFFICE_WAIT_MS } from './detectOutlook';
export type { OfficeProbe } from './detectOutlook';

/* Hosts */
export { createOutlookHost } from './outlook/createOutlookHost';
export { createStandaloneHost, standaloneCommands, NOTIFICATION_EVENT, RUN_COMMAND_EVENT, COMMAND_COMPLETED_EVENT } from './standalone/createStandaloneHost';
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

/* Dialogs */
export { messageParent } from './outlook/messageParent';

/* Errors */
export { HostError } from './errors/HostError';

/* Types */
export type {
  CommandEvent,
  CommandHandler,
  Host,
  HostKind,
  HostTheme,
  MailAddress,
  MailItemSummary,
  NotificationKind,
  RoamingSettings,
} from './types';
