import { AddinError } from '../../shared';

const SECTION_NAMES = { sync: 'synchronization', share: 'Share with Siebel', admin: 'administrator' } as const;
const SECTION_DOCS = { sync: 'docs/sync.md', share: 'docs/local-changes.md', admin: 'docs/deployment.md' } as const;

/**
 * A `sync`, `share` or `admin` section of the deployment file is invalid. It shares the code of the file's `wire`
 * section (`InvalidWireProfile`): to a user both mean "the deployment settings are wrong, ask the
 * administrator", which is the help the task pane already shows for that code.
 */
export class DeploymentSettingsError extends AddinError {
  override name = 'DeploymentSettingsError';

  constructor(
    readonly problems: readonly string[],
    source: string,
    readonly section: 'sync' | 'share' | 'admin' = 'sync',
  ) {
    super(
      'InvalidWireProfile',
      `The ${SECTION_NAMES[section]} settings in ${source} cannot be used: ${problems.join('; ')} — contact your CRM administrator, who deploys this file with the add-in (${SECTION_DOCS[section]} lists every setting)`,
    );
  }
}
