import type { SimObject } from '../../metadata/parseMetaInfo';
import { unknownElement, unknownIntegrationObject, unknownOperation } from '../../soap/faultCatalog';
import { integrationObjectOf } from '../../wire/listArgument';
import type { XmlElement } from '../../xml/XmlElement';
import type { OperationContext } from '../OperationContext';

/** What names the integration object of a QueryPage. */
export interface QueryObjectHints {
  /** `OutputIntObjectName` (searchSpecArgument mode only). */
  readonly intObjName?: string;
  /** The `ListOf…` element of the request. */
  readonly list?: XmlElement;
  /** The `{record}` of the operation name (`Account` in `AccountQueryPage`). */
  readonly record?: string;
}

/**
 * The object a QueryPage reads (wire contract, "QueryPage request"): named by `OutputIntObjectName`
 * when present, else by the list element, whose local name is the object's SiebMsgXmlCollectionElemName
 * and whose `http://www.siebel.com/xml/<IO>` namespace, if it has one, names the same IO; without
 * a list, by the operation's `{record}`. A generated `AccountQueryPage` knows only Account objects:
 * a `{record}` the user's package lacks is an unpublished operation (SBL-EAI-04313).
 */
export function findQueryObject(context: OperationContext, hints: QueryObjectHints): SimObject {
  const { operationName } = context;
  const objects = context.catalog.objectsFor(context.user.responsibilityIds);
  if (hints.intObjName !== undefined) {
    const named = objects.find((candidate) => candidate.intObjName === hints.intObjName);
    if (!named) throw unknownIntegrationObject(operationName, hints.intObjName);
    return named;
  }
  const candidates =
    hints.record === undefined ? objects : objects.filter((candidate) => candidate.recordElemName === hints.record);
  if (candidates.length === 0)
    throw unknownOperation(operationName, context.input.uri, context.wire.operationNamespace);
  const { list } = hints;
  if (!list) return candidates[0];
  const named = integrationObjectOf(list.uri);
  const match = candidates.find(
    (candidate) =>
      candidate.collectionElemName === list.local && (named === undefined || candidate.intObjName === named),
  );
  if (match) return match;
  if (named !== undefined && !objects.some((candidate) => candidate.intObjName === named))
    throw unknownIntegrationObject(operationName, named, 'SiebelMessage');
  throw unknownElement(operationName, list.local, named ?? candidates[0].intObjName);
}
