import type { SiebelSession } from '../session/SiebelSession';
import type { QueryPageRequest, QueryPageResult } from '../types';
import { decodeQueryPage } from './decodeQueryPage';
import { encodeQueryPage } from './encodeQueryPage';
import { queryPageOperation } from './wireNames';

/**
 * Reads one page of an object type through the EAI Siebel Adapter's QueryPage. For the next page,
 * repeat the same request with `startRowNum += pageSize` and `newQuery: false` in the same session
 * (the server caches the result set per session).
 *
 * @example
 * const page = await queryPage(session, { intObjName: 'CRMDesktopAccountIO', collectionElemName: 'ListOfAccount',
 *   recordElemName: 'Account', fields: ['Id', 'Name'], searchSpec: '', sortSpec: 'Id', viewMode: 'Sales Rep',
 *   pageSize: 100, startRowNum: 0, newQuery: true });
 * @throws SiebelFaultError, SessionError, TransportError, ProtocolError
 */
export async function queryPage(session: SiebelSession, request: QueryPageRequest, signal?: AbortSignal): Promise<QueryPageResult> {
  return session.call(
    { operation: queryPageOperation(request.recordElemName), body: encodeQueryPage(request), decode: (xml) => decodeQueryPage(xml, request) },
    signal,
  );
}
