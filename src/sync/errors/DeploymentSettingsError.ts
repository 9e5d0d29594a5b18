import { AddinError } from '../../shared';

/**
 * A `sync` or `share` section of the deployment file is invalid. It shares the code of the file's `wire`
 * section (`InvalidWireProfile`): to a user both mean "the deployment settings are wrong, ask the
 * administrator", which is the help the task pane already shows for that code.
 */
export class DeploymentSettingsError extends AddinError {
  override name = 'DeploymentSettingsError';

  constructor(
    readonly problems: readonly string[],
    source: string,
    readonly section: 'sync' | 'share' = 'sync',
  ) {
    super(
      'InvalidWireProfile',
      `The ${section === 'sync' ? 'synchronization' : 'Share with Siebel'} settings in ${source} cannot be used: ${problems.join('; ')} — contact your CRM administrator, who deploys this file with the add-in (${section === 'sync' ? 'docs/sync.md' : 'docs/local-changes.md'} lists every setting)`,
    );
  }
}
