import { AddinError } from '../../shared';

/**
 * The `sync` section of the deployment file is invalid. It shares the code of the file's `wire`
 * section (`InvalidWireProfile`): to a user both mean "the deployment settings are wrong, ask the
 * administrator", which is the help the task pane already shows for that code.
 */
export class DeploymentSettingsError extends AddinError {
  override name = 'DeploymentSettingsError';

  constructor(
    readonly problems: readonly string[],
    source: string,
  ) {
    super(
      'InvalidWireProfile',
      `The synchronization settings in ${source} cannot be used: ${problems.join('; ')} — contact your CRM administrator, who deploys this file with the add-in (docs/sync.md lists every setting)`,
    );
  }
}
