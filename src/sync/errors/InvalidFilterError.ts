import { AddinError } from '../../shared';

/** A preset filter of the package cannot be turned into a Siebel SearchSpec. */
export class InvalidFilterError extends AddinError {
  override name = 'InvalidFilterError';

  constructor(recordElemName: string, field: string, problem: string) {
    super(
      'PackageFormat',
      `Building the synchronization filter failed: ${recordElemName}.${field}, ${problem} — ask your Siebel administrator to fix the preset in connector_configuration.xml`,
    );
  }
}
