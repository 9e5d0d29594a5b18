import { SaxesParser } from 'saxes';
import type { QueryPageRequest } from '../../../src/siebel';
import { decodeQueryPage, decodeQueryPageXmlJs } from '../../../src/siebel/services/decodeQueryPage';
import { encodeQueryPage } from '../../../src/siebel/services/encodeQueryPage';
import { encodeEnvelope } from '../../../src/siebel/soap/encodeEnvelope';
import { median, round } from '../report/stats';
import type { CapturedType } from './nodeWorld';

/** Pages decoded per second by one decoder, in Node. */
export interface DecoderFigure {
  readonly decoder: string;
  readonly mbPerS: number;
  readonly recordsPerS: number;
  readonly pagesPerS: number;
}

/** saxes (a streaming, conforming parser) reading the same records: the alternative to a hand-rolled scanner. */
function saxesDecode(xml: string, recordElemName: string): number {
  const parser = new SaxesParser({ xmlns: false });
  let records = 0;
  let depthInRecord = -1;
  let depth = 0;
  let text = '';
  let fields: Record<string, string> = {};
  parser.on('opentag', (tag) => {
    depth++;
    text = '';
    if (depthInRecord < 0 && (tag.name === recordElemName || tag.name.endsWith(`:${recordElemName}`))) {
      depthInRecord = depth;
      fields = {};
    }
  });
  parser.on('text', (t) => (text += t));
  parser.on('cdata', (t) => (text += t));
  parser.on('closetag', (tag) => {
    if (depth === depthInRecord + 1) fields[tag.name.slice(tag.name.indexOf(':') + 1)] = text;
    if (depth === depthInRecord) {
      records++;
      depthInRecord = -1;
    }
    depth--;
  });
  parser.write(xml).close();
  return records;
}

type Decode = (xml: string, type: CapturedType) => number;

const DECODERS: Record<string, Decode> = {
  'fast (scanXml, the client)': (xml, t) => count(decodeQueryPage(xml, requestOf(t))),
  'xml-js (previous)': (xml, t) => count(decodeQueryPageXmlJs(xml, requestOf(t))),
  'saxes (records only, no SOAP checks)': (xml, t) => saxesDecode(xml, t.recordElemName),
};

function requestOf(type: CapturedType): QueryPageRequest {
  return {
    intObjName: 'X',
    collectionElemName: type.collectionElemName,
    recordElemName: type.recordElemName,
  } as QueryPageRequest;
}

function count(reply: ReturnType<typeof decodeQueryPage>): number {
  return reply.kind === 'result' ? reply.value.records.length : 0;
}

/** Scenario 5 in Node: each decoder over the same pages (`rounds` medians), and request encoding. */
export function codecScenario(pages: CapturedType[], rounds: number) {
  const all = pages.flatMap((t) => t.xml.map((xml) => ({ xml, type: t })));
  const bytes = all.reduce((n, p) => n + Buffer.byteLength(p.xml), 0);
  const decoders: DecoderFigure[] = Object.entries(DECODERS).map(([decoder, decode]) => {
    const times: number[] = [];
    let records = 0;
    for (let r = 0; r < rounds; r++) {
      records = 0;
      const started = performance.now();
      for (const page of all) records += decode(page.xml, page.type);
      times.push(performance.now() - started);
    }
    const s = median(times) / 1000;
    return {
      decoder,
      mbPerS: round(bytes / 2 ** 20 / s),
      recordsPerS: Math.round(records / s),
      pagesPerS: Math.round(all.length / s),
    };
  });
  const request = {
    intObjName: 'CRMDesktopAccountIO',
    collectionElemName: 'ListOfAccount',
    recordElemName: 'Account',
    fields: ['Id', 'Name', 'Location', 'Updated', 'MainPhoneNumber'],
    searchSpec: "[Account.Updated] >= '01/31/2024 10:00:00'",
    sortSpec: 'Id',
    viewMode: 'Sales Rep',
    pageSize: 500,
    startRowNum: 0,
    newQuery: true,
  };
  const n = 20_000;
  const started = performance.now();
  for (let i = 0; i < n; i++)
    encodeEnvelope({ kind: 'token', token: 'T' }, encodeQueryPage({ ...request, startRowNum: i * 500 }));
  const encodePerS = Math.round(n / ((performance.now() - started) / 1000));
  return { pages: all.length, megabytes: round(bytes / 2 ** 20, 2), decoders, requestsEncodedPerS: encodePerS };
}
