// The calls the first-run wizard makes to Siebel from the task pane's own thread (testing the
// server URL, signing in and reading the customization package). index.tsx imports this module
// only when a wizard step first needs it, so its code (the SOAP client and the package parser)
// is a chunk of its own, not part of the first screen's script (docs/performance.md, "First screen").
import { parsePackage } from '../metadata';
import { checkMetadata, testConnection, type Deployment, type SyncConnection } from '../sync';
import type { DiscoveredPackage } from './AppServices';

export { testConnection };

/** Signs in, reads the user's package and parses it, with the deployment's wire profile. */
export async function discoverPackage(deployment: Deployment, connection: SyncConnection): Promise<DiscoveredPackage> {
  const answer = await checkMetadata({ wireProfile: deployment.wire, ...connection });
  return {
    packageId: answer.packageId,
    responsibilityId: answer.responsibilityId,
    pkg: await parsePackage(answer.files),
  };
}
