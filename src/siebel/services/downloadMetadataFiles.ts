import type { SiebelSession } from '../session/SiebelSession';
import { rememberMetadata } from '../session/lastMetadata';
import type { MetadataAnswer, MetadataRequest } from '../types';
import { decodeMetadataAnswer } from './decodeMetadataAnswer';
import { encodeMetadataRequest } from './encodeMetadataRequest';
import { operationName } from '../profile/operationNames';

/**
 * Calls `PIM Client Metadata Service.DownloadMetadataFiles`: the first call of every sync. Send
 * empty strings when nothing is cached; the answer says whether new files came (`containsFiles`).
 *
 * @example
 * const answer = await downloadMetadataFiles(session, { packageId: '', responsibilityId: '', hashValue: '' });
 * @throws SiebelFaultError (`NoPublishedPackage` when no package is published for the user),
 * SessionError, TransportError, ProtocolError
 */
export async function downloadMetadataFiles(
  session: SiebelSession,
  request: MetadataRequest,
  signal?: AbortSignal,
): Promise<MetadataAnswer> {
  const { profile } = session;
  const answer = await session.call(
    {
      kind: 'downloadMetadataFiles',
      operation: operationName(profile, 'downloadMetadataFiles'),
      body: encodeMetadataRequest(request, profile),
      decode: (xml) => decodeMetadataAnswer(xml, profile),
    },
    signal,
  );
  rememberMetadata(session, answer);
  return answer;
}
