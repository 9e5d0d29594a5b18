import { ProtocolError } from '../errors/ProtocolError';
import type { QueryPageRequest } from '../types';
import { xmlElement, type XmlSpec } from '../xml/writeXml';
import { collectionNamespace, QUERY_PAGE, queryPageInput } from './wireNames';

/**
 * The `<Record>QueryPage_Input` element: the EAI Siebel Adapter arguments, then a query-by-example
 * Siebel message with one empty element per requested field (which fields to return).
 *
 * @throws ProtocolError `XmlEncode` for a page size or start row that is not a whole number,
 * a name that is not an XML name, or a value XML cannot carry
 */
export function encodeQueryPage(request: QueryPageRequest): XmlSpec {
  assertCount(request.pageSize, 'PageSize', 1);
  assertCount(request.startRowNum, 'StartRowNum', 0);
  const record = xmlElement(request.recordElemName, request.fields.map((field) => xmlElement(field)));
  return xmlElement(queryPageInput(request.recordElemName), [
    xmlElement(QUERY_PAGE.outputIntObjectName, request.intObjName),
    xmlElement(QUERY_PAGE.searchSpec, request.searchSpec),
    xmlElement(QUERY_PAGE.sortSpec, request.sortSpec),
    xmlElement(QUERY_PAGE.viewMode, request.viewMode),
    xmlElement(QUERY_PAGE.pageSize, String(request.pageSize)),
    xmlElement(QUERY_PAGE.startRowNum, String(request.startRowNum)),
    xmlElement(QUERY_PAGE.newQuery, request.newQuery ? 'true' : 'false'),
    xmlElement(QUERY_PAGE.siebelMessage, [
      xmlElement(request.collectionElemName, [record], { xmlns: collectionNamespace(request.intObjName) }),
    ]),
  ]);
}

function assertCount(value: number, name: string, minimum: number): void {
  if (!Number.isSafeInteger(value) || value < minimum) {
    throw new ProtocolError(
      'XmlEncode',
      `Cannot write ${name} ${value} into a QueryPage request: it must be a whole number of at least ${minimum} — check the page size in the synchronization settings`,
    );
  }
}
