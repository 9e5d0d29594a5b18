import type { CredentialVault, Host } from '../host';
import type { CustomizationPackage } from '../metadata';
import type { Clock } from '../shared';
import type { Store } from '../store';
import type {
  AdminSettings,
  ConnectionTestResult,
  Deployment,
  ShareSettings,
  SyncConnection,
  SyncEngine,
} from '../sync';

/** The package Siebel assigns to a user, as the wizard shows it before the first sync. */
export interface DiscoveredPackage {
  readonly packageId: string;
  readonly responsibilityId: string;
  readonly pkg: CustomizationPackage;
}

/**
 * Everything the task pane needs from outside React, created once in index.tsx; tests pass
 * fakes. Components reach it through the hooks in `hooks/`, never by import.
 */
export interface AppServices {
  readonly host: Host;
  readonly store: Store;
  readonly engine: SyncEngine;
  readonly vault: CredentialVault;
  /** Reaches the server URL without signing in and says precisely what is wrong. */
  readonly testConnection: (serverUrl: string) => Promise<ConnectionTestResult>;
  /** Signs in, fetches and parses the user's package, signs out (wizard step "package"). */
  readonly discoverPackage: (connection: SyncConnection) => Promise<DiscoveredPackage>;
  /**
   * The deployment's "Share with Siebel" names (activity key field, Outlook category);
   * `DEFAULT_SHARE_SETTINGS` when absent.
   */
  readonly share?: ShareSettings;
  /** The deployment's administrator settings (locked server URL, offered intervals…); all open when absent. */
  readonly admin?: AdminSettings;
  /** The whole deployment file in force, for the diagnostic report; the defaults when absent. */
  readonly deployment?: Deployment;
  /** Time and timers for automatic sync; the system clock when absent. */
  readonly clock?: Clock;
}
