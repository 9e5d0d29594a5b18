import { AddinError } from '../../shared';

/** The installed customization package lacks what sharing an Outlook item needs. */
export class SharingUnavailableError extends AddinError {
  override name = 'SharingUnavailableError';

  /** @param missing what the package lacks, e.g. "the Action type". */
  constructor(missing: string) {
    super(
      'SharingUnavailable',
      `Sharing with Siebel failed: this customization package does not define ${missing} — ask your Siebel administrator for a package that synchronizes activities and their contacts, then synchronize again`,
    );
  }
}
