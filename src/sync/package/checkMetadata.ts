import { downloadMetadataFiles, SiebelSession } from '../../siebel';
import type { MetadataAnswer, SiebelConnectionOptions } from '../../siebel';

/** Empty ids and hash: "I hold no package", so the server resolves the user's package afresh. */
const NOTHING_CACHED = { packageId: '', responsibilityId: '', hashValue: '' } as const;

/**
 * Signs in, asks Siebel once which customization package the user gets (DownloadMetadataFiles),
 * and always logs off — also when the call fails. Used by the task pane's "Connect" check.
 * Rejects with the siebel layer's errors (`.code`, actionable `.message`, no password).
 *
 * @example
 * const answer = await checkMetadata({ endpointUrl, userName: 'JSMITH', password });
 * answer.files.map((file) => file.name); // ['siebel_meta_info.xml', …]
 */
export async function checkMetadata(options: SiebelConnectionOptions): Promise<MetadataAnswer> {
  const session = new SiebelSession(options);
  try {
    return await downloadMetadataFiles(session, NOTHING_CACHED);
  } finally {
    await session.logoff();
  }
}
