import { operationName, outputElement } from '../profile/operationNames';
import { DEFAULT_WIRE_PROFILE, type WireProfile } from '../profile/WireProfile';
import { decodeSoapReply, type SoapReply } from '../soap/decodeSoapReply';
import { anyObjectList, describeElement, findObjectList } from '../soap/objectList';
import { requireOutput } from '../soap/requireOutput';
import { requireBoolean, shapeError } from '../soap/shapeError';
import type { QueryPageRequest, QueryPageResult, WireRecord } from '../types';
import { scanXml } from '../xml/scanXml';
import { findChild, type XmlElement } from '../xml/XmlElement';
import { readWireRecord } from './readWireRecord';
import { QUERY_PAGE } from './wireNames';

/**
 * Decodes a QueryPage answer envelope. This is the seam for a faster (streaming) parser of big data
 * pages: a replacement must keep this signature and pass the same codec tests.
 */
export type QueryPageDecoder = (
  xml: string,
  request: QueryPageRequest,
  profile?: WireProfile,
) => SoapReply<QueryPageResult>;

/**
 * The client's {@link QueryPageDecoder}: the element tree comes from `scanXml`, a scanner about
 * 4–5× faster than xml-js on data pages (docs/performance.md). The records are read in both shapes
 * (the list straight in the output, or inside `SiebelMessage`), in whatever namespace the list
 * declares. A record is its leaf children by local name ('' for an empty element); child
 * components are skipped, and a requested field the server left out is absent from the record.
 */
export const decodeQueryPage: QueryPageDecoder = (xml, request, profile = DEFAULT_WIRE_PROFILE) => {
  const source = operationName(profile, 'queryPage', request.recordElemName);
  return decodeSoapReply(xml, source, (output) => readQueryPageOutput(output, request, source, profile), scanXml);
};

/**
 * The same decoder on xml-js (the reference the fast one is checked against, and the codec
 * benchmark's baseline).
 */
export const decodeQueryPageXmlJs: QueryPageDecoder = (xml, request, profile = DEFAULT_WIRE_PROFILE) => {
  const source = operationName(profile, 'queryPage', request.recordElemName);
  return decodeSoapReply(xml, source, (output) => readQueryPageOutput(output, request, source, profile));
};

function readQueryPageOutput(
  output: XmlElement,
  request: QueryPageRequest,
  source: string,
  profile: WireProfile,
): QueryPageResult {
  requireOutput(output, outputElement(source), profile.operationNamespace, source);
  const lastPage = requireBoolean(output, QUERY_PAGE.lastPage, source);
  const records = readRecords(output, request, source, lastPage);
  const count = findChild(output, QUERY_PAGE.numOutputObjects)?.text.trim();
  if (count !== undefined && !/^\d+$/.test(count))
    throw shapeError(source, `<${QUERY_PAGE.numOutputObjects}> is "${count}", expected a whole number`);
  return { records, lastPage, numOutputObjects: count === undefined ? records.length : Number(count) };
}

function readRecords(output: XmlElement, request: QueryPageRequest, source: string, lastPage: boolean): WireRecord[] {
  const list = findObjectList(output, request.collectionElemName);
  if (!list) {
    const other = anyObjectList(output);
    // An empty last page may come without any list; anything else would read as "no records".
    if (!other && lastPage) return [];
    throw shapeError(
      source,
      other
        ? `<${output.local}> holds ${describeElement(other)} where <${request.collectionElemName}> (the package's SiebMsgXmlCollectionElemName of ${request.intObjName}) was expected`
        : `<${output.local}> holds no <${request.collectionElemName}>, neither directly nor inside <SiebelMessage>, and LastPage is false`,
    );
  }
  return list.children.map((record) => {
    if (record.local !== request.recordElemName) {
      throw shapeError(
        source,
        `<${request.collectionElemName}> holds <${record.local}> instead of <${request.recordElemName}>`,
      );
    }
    return readWireRecord(record);
  });
}
