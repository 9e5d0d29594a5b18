import { AddinError } from '../../shared';

/** A resolution that does not fit the issue (e.g. "link" on a failure), or an issue already gone. */
export class InvalidResolutionError extends AddinError {
  override name = 'InvalidResolutionError';

  constructor(issueId: string, detail: string) {
    super('InvalidResolution', `Resolving the synchronization issue failed: ${issueId} — ${detail}`);
  }
}
