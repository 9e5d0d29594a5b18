import { ProtocolError } from '../errors/ProtocolError';
import { inputElement, operationName } from '../profile/operationNames';
import { DEFAULT_WIRE_PROFILE, type WireProfile } from '../profile/WireProfile';
import { objectArgument } from '../soap/objectList';
import { componentFieldReferences } from './componentFieldReferences';
import type { QueryPageRequest } from '../types';
import { xmlElement, type XmlSpec } from '../xml/writeXml';
import { collectionNamespace, QUERY_PAGE } from './wireNames';

/**
 * The `<Record>QueryPage_Input` element in the wire profile's form (docs/protocol.md): a query-by-example instance with one empty element per requested field
 * (which fields to return) and the EAI Siebel Adapter arguments.
 * - `searchspecAttribute`: `PageSize`, the list, `ViewMode`, `StartRowNum` (a generated service's
 *   arguments); the criteria are the instance's `searchspec` attribute, with the component's own
 *   fields as `[Field Name]`; no sort and no `NewQuery` (StartRowNum 0 starts a new query).
 *
 * `request.searchSpec` is always written in the adapter's `[Record.Field Name]` notation.
 * - `searchSpecArgument`: `OutputIntObjectName`, `SearchSpec`, `SortSpec`, `ViewMode`, `PageSize`,
 *   `StartRowNum`, `NewQuery`, then the list.
 *
 * @throws ProtocolError `XmlEncode` for a page size or start row that is not a whole number,
 * a name that is not an XML name, or a value XML cannot carry
 */
export function encodeQueryPage(request: QueryPageRequest, profile: WireProfile = DEFAULT_WIRE_PROFILE): XmlSpec {
  assertCount(request.pageSize, 'PageSize', 1);
  assertCount(request.startRowNum, 'StartRowNum', 0);
  const byAttribute = profile.queryCriteria === 'searchspecAttribute';
  const criteria =
    byAttribute && request.searchSpec !== ''
      ? { [QUERY_PAGE.searchspecAttribute]: componentFieldReferences(request.searchSpec, request.recordElemName) }
      : undefined;
  const record = xmlElement(
    request.recordElemName,
    request.fields.map((field) => xmlElement(field)),
    criteria,
  );
  const list = objectArgument(
    profile,
    xmlElement(request.collectionElemName, [record], { xmlns: collectionNamespace(request.intObjName) }),
  );
  const name = inputElement(operationName(profile, 'queryPage', request.recordElemName));
  if (byAttribute) {
    return xmlElement(name, [
      xmlElement(QUERY_PAGE.pageSize, String(request.pageSize)),
      list,
      xmlElement(QUERY_PAGE.viewMode, request.viewMode),
      xmlElement(QUERY_PAGE.startRowNum, String(request.startRowNum)),
    ]);
  }
  return xmlElement(name, [
    xmlElement(QUERY_PAGE.outputIntObjectName, request.intObjName),
    xmlElement(QUERY_PAGE.searchSpec, request.searchSpec),
    xmlElement(QUERY_PAGE.sortSpec, request.sortSpec),
    xmlElement(QUERY_PAGE.viewMode, request.viewMode),
    xmlElement(QUERY_PAGE.pageSize, String(request.pageSize)),
    xmlElement(QUERY_PAGE.startRowNum, String(request.startRowNum)),
    xmlElement(QUERY_PAGE.newQuery, request.newQuery ? 'true' : 'false'),
    list,
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
