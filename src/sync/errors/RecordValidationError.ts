import { AddinError } from '../../shared';
import type { FieldProblems } from '../local/types';

/** A local edit the package's field and form rules refuse; nothing was saved. */
export class RecordValidationError extends AddinError {
  override name = 'RecordValidationError';

  constructor(
    readonly typeId: string,
    /** Message per ioElemName ('' for a rule about the whole record), in the user's language. */
    readonly problems: FieldProblems,
  ) {
    super(
      'RecordValidation',
      `Saving the ${typeId} failed: ${Object.values(problems).join(' ')} — correct the marked fields and save again`,
    );
  }
}
