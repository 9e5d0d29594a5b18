import type { Simulator } from '../../../../src/simulator';
import { escapeForTest } from './escapeForTest';
import { canonicalXml, findAll, textOf, type CanonicalElement } from './canonicalXml';

/** The Application Interface endpoint of the tests' fake host. */
export const ENDPOINT = 'https://siebel.test/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1';

/** Operation namespace of Siebel-generated services (the simulator's default wire profile). */
export const FIELD_NAMESPACE = 'http://siebel.com/asi/';
/** Operation namespace of the legacy wire profile (test/fixtures/soap/legacy/). */
export const LEGACY_NAMESPACE = 'http://siebel.com/CustomUI';

/** Siebel session headers of a request. */
export interface Headers {
  user?: string;
  password?: string;
  sessionType?: string;
  token?: string;
}

/** A SOAP request as a client writes it (default xmlns on the Siebel headers); bodies use the prefix `cus` for `namespace`. */
export function envelope(headers: Headers, body: string, namespace = FIELD_NAMESPACE): string {
  const h = (name: string, value: string | undefined) =>
    value === undefined ? '' : `<${name} xmlns="http://siebel.com/webservices">${escapeForTest(value)}</${name}>`;
  return `<?xml version="1.0" encoding="UTF-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cus="${namespace}"><soap:Header>${h('UsernameToken', headers.user)}${h('PasswordText', headers.password)}${h('SessionType', headers.sessionType)}${h('SessionToken', headers.token)}</soap:Header><soap:Body>${body}</soap:Body></soap:Envelope>`;
}

/** Body of a DownloadMetadataFiles call. */
export function metadataBody(packageId = '', responsibilityId = '', hashValue = ''): string {
  return `<cus:DownloadMetadataFiles_Input><packageId>${packageId}</packageId><responsibilityId>${responsibilityId}</responsibilityId><hashValue>${hashValue}</hashValue></cus:DownloadMetadataFiles_Input>`;
}

/** Arguments of a QueryPage call (wire names of the sales rep package by default: Account). */
export interface QueryArgs {
  /** `field` (default): Siebel-generated shape, criteria in the `searchspec` attribute; `legacy`: SearchSpec arguments in a SiebelMessage. */
  style?: 'field' | 'legacy';
  record?: string;
  /** Sent as `OutputIntObjectName` (always in the legacy style, when given in the field style). */
  intObjName?: string;
  fields?: readonly string[];
  /** The criteria: the `searchspec` attribute (field style) or the `SearchSpec` argument (legacy style). */
  searchSpec?: string;
  /** An explicit `SearchSpec` argument in the field style (refused unless the simulator reads arguments). */
  searchSpecArgument?: string;
  sortSpec?: string;
  viewMode?: string;
  pageSize?: number;
  start?: number;
  /** Sent only when given in the field style; default true in the legacy style. */
  newQuery?: boolean;
  qbeValues?: Record<string, string>;
}

const optionalElement = (name: string, value: string | number | boolean | undefined) =>
  value === undefined ? '' : `<${name}>${escapeForTest(String(value))}</${name}>`;

/** Body of a `<Record>QueryPage_Input` in the field (default) or legacy style. */
export function queryBody(args: QueryArgs = {}): string {
  const record = args.record ?? 'Account';
  const intObjName = `CRMDesktop${record}IO`;
  const fields = (args.fields ?? ['Id', 'Updated', 'Name'])
    .map((f) => (args.qbeValues?.[f] ? `<${f}>${escapeForTest(args.qbeValues[f])}</${f}>` : `<${f}/>`))
    .join('');
  const listOf = (searchspec: string | undefined) => {
    const attribute =
      searchspec === undefined ? '' : ` searchspec="${escapeForTest(searchspec).replace(/"/g, '&quot;')}"`;
    return `<ListOf${record} xmlns="http://www.siebel.com/xml/${intObjName}"><${record}${attribute}>${fields}</${record}></ListOf${record}>`;
  };
  if (args.style === 'legacy') {
    return (
      `<cus:${record}QueryPage_Input><OutputIntObjectName>${args.intObjName ?? intObjName}</OutputIntObjectName>` +
      optionalElement('SearchSpec', args.searchSpec ?? '') +
      optionalElement('SortSpec', args.sortSpec) +
      optionalElement('ViewMode', args.viewMode) +
      optionalElement('PageSize', args.pageSize ?? 100) +
      optionalElement('StartRowNum', args.start ?? 0) +
      optionalElement('NewQuery', args.newQuery ?? true) +
      `<SiebelMessage>${listOf(undefined)}</SiebelMessage></cus:${record}QueryPage_Input>`
    );
  }
  return (
    `<cus:${record}QueryPage_Input>` +
    optionalElement('PageSize', args.pageSize ?? 100) +
    optionalElement('OutputIntObjectName', args.intObjName) +
    optionalElement('SearchSpec', args.searchSpecArgument) +
    optionalElement('SortSpec', args.sortSpec) +
    optionalElement('NewQuery', args.newQuery) +
    listOf(args.searchSpec) +
    optionalElement('ViewMode', args.viewMode) +
    optionalElement('StartRowNum', args.start ?? 0) +
    `</cus:${record}QueryPage_Input>`
  );
}

/** A parsed answer of the simulator. */
export interface Answer {
  status: number;
  contentType: string;
  text: string;
  tree: CanonicalElement;
  token: string | undefined;
  faultCode: string | undefined;
  /** SBL codes of the error stack, outermost first. */
  errorCodes: string[];
}

/** Posts a SOAP text to the simulator and parses the answer. */
export async function call(
  simulator: Simulator,
  xml: string,
  url = ENDPOINT,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await simulator.handle(
    new Request(url, { method: 'POST', body: xml, headers: { 'Content-Type': 'text/xml; charset=UTF-8', ...headers } }),
  );
  const text = await response.text();
  const tree = canonicalXml(text);
  const token = findAll(tree, 'SessionToken')[0]?.text;
  const fault = findAll(tree, 'Fault')[0];
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text,
    tree,
    token,
    faultCode: fault ? textOf(fault, 'faultcode') : undefined,
    errorCodes: findAll(tree, 'errorcode').map((e) => e.text),
  };
}

/** Logs in with SessionType=Stateless (via a metadata call) and returns the token. */
export async function login(
  simulator: Simulator,
  user = 'JSMITH',
  password = 'Welcome1',
  namespace = FIELD_NAMESPACE,
): Promise<string> {
  const answer = await call(
    simulator,
    envelope({ user, password, sessionType: 'Stateless' }, metadataBody(), namespace),
  );
  if (!answer.token) throw new Error(`login of ${user} failed: ${answer.text.slice(0, 300)}`);
  return answer.token;
}

/** Records of a QueryPage answer as IOElemName → text. */
export function recordsOf(answer: Answer, record = 'Account'): Array<Record<string, string>> {
  return findAll(answer.tree, record)
    .filter((element) => element.name.startsWith('{http://www.siebel.com/xml/'))
    .map((element) =>
      Object.fromEntries(element.children.map((child) => [child.name.replace(/^\{[^}]*\}/, ''), child.text])),
    );
}

/**
 * Walks every page of a query (legacy style: NewQuery=true then false; field style: no NewQuery),
 * advancing StartRowNum by the rows each page returned, as field evidence §5 asks of a client.
 */
export async function walk(
  simulator: Simulator,
  token: string,
  args: QueryArgs,
): Promise<{ records: Array<Record<string, string>>; pages: number; token: string }> {
  const records: Array<Record<string, string>> = [];
  const namespace = args.style === 'legacy' ? LEGACY_NAMESPACE : FIELD_NAMESPACE;
  let start = 0;
  let pages = 0;
  let current = token;
  for (;;) {
    const newQuery = args.style === 'legacy' ? start === 0 : undefined;
    const answer = await call(
      simulator,
      envelope({ sessionType: 'Stateless', token: current }, queryBody({ ...args, start, newQuery }), namespace),
    );
    if (answer.status !== 200) throw new Error(`page at ${start} failed: ${answer.text.slice(0, 400)}`);
    current = answer.token!;
    pages += 1;
    const page = recordsOf(answer, args.record);
    records.push(...page);
    if (textOf(answer.tree, 'LastPage') === 'true') return { records, pages, token: current };
    start += page.length;
  }
}
