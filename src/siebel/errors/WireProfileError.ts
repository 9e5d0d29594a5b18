import { AddinError } from '../../shared';

/**
 * The deployment's wire profile cannot be used: each problem names the setting, what it holds and
 * what it must hold. Raised at start, before anything is sent, so a wrong setting never reaches
 * the server.
 */
export class WireProfileError extends AddinError {
  override name = 'WireProfileError';
  override readonly code = 'InvalidWireProfile' as const;

  constructor(
    readonly problems: readonly string[],
    source: string,
  ) {
    super(
      'InvalidWireProfile',
      `The Siebel wire profile in ${source} cannot be used: ${problems.join('; ')} — contact your CRM administrator, who deploys this file with the add-in (docs/protocol.md lists every setting)`,
    );
  }
}
