import type { SiebelSession } from '../session/SiebelSession';
import { operationName } from '../profile/operationNames';
import type { QueryPageRequest, QueryPageResult } from '../types';
import { decodeQueryPage } from './decodeQueryPage';
import { encodeQueryPage } from './encodeQueryPage';

/**
 * Reads one page of an object type through the EAI Siebel Adapter's QueryPage, in the session's
 * wire profile. For the next page, repeat the same request with `startRowNum` advanced by the rows
 * received and `newQuery: false` in the same session (the server caches the result set per session).
 *
 * @example
 * const page = await queryPage(session, { intObjName: 'CRMDesktopAccountIO', collectionElemName: 'ListOfAccount',
 *   recordElemName: 'Account', fields: ['Id', 'Name'], searchSpec: '', sortSpec: 'Id', viewMode: 'Sales Rep',
 *   pageSize: 100, startRowNum: 0, newQuery: true });
 * @throws SiebelFaultError (`PageSizeTooLarge` above the server's MaximumPageSize), SessionError,
 * TransportError, ProtocolError
 */
export async function queryPage(
  session: SiebelSession,
  request: QueryPageRequest,
  signal?: AbortSignal,
): Promise<QueryPageResult> {
  const { profile } = session;
  return session.call(
    {
      kind: 'queryPage',
      operation: operationName(profile, 'queryPage', request.recordElemName),
      body: encodeQueryPage(request, profile),
      decode: (xml) => decodeQueryPage(xml, request, profile),
    },
    signal,
  );
}
