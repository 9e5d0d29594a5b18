import { AddinError } from '../shared';
import { isOffLockedServer, type Deployment, type SyncConnection } from '../sync';

/**
 * The administrator locked the server URL (deployment file `admin.lockServerUrl`) and the saved one
 * is another: the ribbon does not switch servers on its own (that is a full resynchronization,
 * which must ask before unsent changes go); the task pane takes the user through signing in again.
 */
export function refuseUnlockedServer(deployment: Deployment, connection: SyncConnection): void {
  const admin = deployment.admin;
  if (!admin || !isOffLockedServer(admin, connection.endpointUrl)) return;
  throw new AddinError(
    'InvalidServerUrl',
    `The Siebel Server URL saved for you is not the one your CRM administrator set (${admin.serverUrl}) — open the CRM Desktop task pane, which signs you in to it`,
  );
}
