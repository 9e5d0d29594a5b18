import { AddinError } from '../../shared';

/** The server answered an initial run's DownloadMetadataFiles without any file. */
export class NoPublishedPackageError extends AddinError {
  override name = 'NoPublishedPackageError';

  constructor() {
    super(
      'NoPublishedPackage',
      'Setting up CRM Desktop failed: the Siebel Server sent no customization package for this user — ask your Siebel administrator to publish a package for one of your responsibilities, then synchronize again',
    );
  }
}
