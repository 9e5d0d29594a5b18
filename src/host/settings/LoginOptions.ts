/**
 * The login and sync options that follow the user to every Outlook (roaming settings).
 * Never a password or a session token: roaming settings are stored in the mailbox in clear.
 */
export interface LoginOptions {
  /** The Siebel EAI endpoint URL as the user entered it. */
  readonly serverUrl: string;
  readonly userName: string;
  /** Minutes between automatic synchronizations while the task pane is open; 0 = off. */
  readonly autoSyncMinutes: number;
  /** Raw name of the chosen sync filter preset; absent = the package's default. */
  readonly syncFilterPreset?: string;
}

/** The single roaming-settings key holding {@link LoginOptions} as JSON. */
export const LOGIN_OPTIONS_KEY = 'crmDesktop.options';

/** Automatic sync interval of a fresh install. */
export const DEFAULT_AUTO_SYNC_MINUTES = 30;

/** Outlook's limit for all roaming settings of an add-in is 32 KB; we refuse long before it. */
export const MAX_OPTIONS_BYTES = 4 * 1024;
