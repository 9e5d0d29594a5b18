import { decodeSoapReply, type SoapReply } from '../soap/decodeSoapReply';
import { requireBoolean, requireChild, shapeError } from '../soap/shapeError';
import type { QueryPageRequest, QueryPageResult, WireRecord } from '../types';
import { scanXml } from '../xml/scanXml';
import { findChild, type XmlElement } from '../xml/XmlElement';
import { readWireRecord } from './readWireRecord';
import { OPERATION_NS, QUERY_PAGE, queryPageOperation, queryPageOutput } from './wireNames';

/**
 * Decodes a QueryPage answer envelope. This is the seam for a faster (streaming) parser of big data
 * pages: a replacement must keep this signature and pass the same codec tests.
 */
export type QueryPageDecoder = (xml: string, request: QueryPageRequest) => SoapReply<QueryPageResult>;

/**
 * The client's {@link QueryPageDecoder}: the element tree comes from `scanXml`, a scanner about
 * 4–5× faster than xml-js on data pages (docs/performance.md). A record is its leaf children by
 * local name ('' for an empty element); child components (elements with children) are skipped, and
 * a requested field the server left out is absent from the record.
 */
export const decodeQueryPage: QueryPageDecoder = (xml, request) => {
  const source = queryPageOperation(request.recordElemName);
  return decodeSoapReply(xml, source, (output) => readQueryPageOutput(output, request, source), scanXml);
};

/**
 * The same decoder on xml-js (the reference the fast one is checked against, and the codec
 * benchmark's baseline).
 */
export const decodeQueryPageXmlJs: QueryPageDecoder = (xml, request) => {
  const source = queryPageOperation(request.recordElemName);
  return decodeSoapReply(xml, source, (output) => readQueryPageOutput(output, request, source));
};

function readQueryPageOutput(output: XmlElement, request: QueryPageRequest, source: string): QueryPageResult {
  const expected = queryPageOutput(request.recordElemName);
  if (output.local !== expected || output.ns !== OPERATION_NS) {
    throw shapeError(source, `the Body holds <${output.local}> instead of <${expected}>`);
  }
  const records = readRecords(output, request, source);
  const lastPage = requireBoolean(output, QUERY_PAGE.lastPage, source);
  const count = findChild(output, QUERY_PAGE.numOutputObjects)?.text.trim();
  if (count !== undefined && !/^\d+$/.test(count)) throw shapeError(source, `<${QUERY_PAGE.numOutputObjects}> is "${count}", expected a whole number`);
  return { records, lastPage, numOutputObjects: count === undefined ? records.length : Number(count) };
}

function readRecords(output: XmlElement, request: QueryPageRequest, source: string): WireRecord[] {
  // An empty last page may come without a Siebel message at all.
  const message = findChild(output, QUERY_PAGE.siebelMessage);
  if (!message || message.children.length === 0) return [];
  const list = requireChild(message, request.collectionElemName, source);
  return list.children.map((record) => {
    if (record.local !== request.recordElemName) {
      throw shapeError(source, `<${request.collectionElemName}> holds <${record.local}> instead of <${request.recordElemName}>`);
    }
    return readWireRecord(record);
  });
}
