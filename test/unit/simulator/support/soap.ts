import type { Simulator } from '../../../../src/simulator';
import { escapeForTest } from './escapeForTest';
import { canonicalXml, findAll, textOf, type CanonicalElement } from './canonicalXml';

/** The Application Interface endpoint of the tests' fake host. */
export const ENDPOINT = 'https://siebel.test/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1';

/** Siebel session headers of a request. */
export interface Headers {
  user?: string;
  password?: string;
  sessionType?: string;
  token?: string;
}

/** A SOAP request as a client writes it (default xmlns on the Siebel headers). */
export function envelope(headers: Headers, body: string): string {
  const h = (name: string, value: string | undefined) =>
    value === undefined ? '' : `<${name} xmlns="http://siebel.com/webservices">${escapeForTest(value)}</${name}>`;
  return `<?xml version="1.0" encoding="UTF-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cus="http://siebel.com/CustomUI"><soap:Header>${h('UsernameToken', headers.user)}${h('PasswordText', headers.password)}${h('SessionType', headers.sessionType)}${h('SessionToken', headers.token)}</soap:Header><soap:Body>${body}</soap:Body></soap:Envelope>`;
}

/** Body of a DownloadMetadataFiles call. */
export function metadataBody(packageId = '', responsibilityId = '', hashValue = ''): string {
  return `<cus:DownloadMetadataFiles_Input><packageId>${packageId}</packageId><responsibilityId>${responsibilityId}</responsibilityId><hashValue>${hashValue}</hashValue></cus:DownloadMetadataFiles_Input>`;
}

/** Arguments of a QueryPage call (wire names of the sales rep package by default: Account). */
export interface QueryArgs {
  record?: string;
  intObjName?: string;
  fields?: readonly string[];
  searchSpec?: string;
  sortSpec?: string;
  viewMode?: string;
  pageSize?: number;
  start?: number;
  newQuery?: boolean;
  qbeValues?: Record<string, string>;
}

/** Body of a `<Record>QueryPage_Input`. */
export function queryBody(args: QueryArgs = {}): string {
  const record = args.record ?? 'Account';
  const intObjName = args.intObjName ?? `CRMDesktop${record}IO`;
  const fields = (args.fields ?? ['Id', 'Updated', 'Name']).map((f) => (args.qbeValues?.[f] ? `<${f}>${escapeForTest(args.qbeValues[f])}</${f}>` : `<${f}/>`)).join('');
  const optional = (name: string, value: string | number | boolean | undefined) => (value === undefined ? '' : `<${name}>${escapeForTest(String(value))}</${name}>`);
  return (
    `<cus:${record}QueryPage_Input><OutputIntObjectName>${intObjName}</OutputIntObjectName>` +
    optional('SearchSpec', args.searchSpec ?? '') +
    optional('SortSpec', args.sortSpec) +
    optional('ViewMode', args.viewMode) +
    optional('PageSize', args.pageSize ?? 100) +
    optional('StartRowNum', args.start ?? 0) +
    optional('NewQuery', args.newQuery ?? true) +
    `<SiebelMessage><ListOf${record} xmlns="http://www.siebel.com/xml/${intObjName}"><${record}>${fields}</${record}></ListOf${record}></SiebelMessage></cus:${record}QueryPage_Input>`
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
export async function call(simulator: Simulator, xml: string, url = ENDPOINT): Promise<Answer> {
  const response = await simulator.handle(new Request(url, { method: 'POST', body: xml, headers: { 'Content-Type': 'text/xml; charset=UTF-8' } }));
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
export async function login(simulator: Simulator, user = 'JSMITH', password = 'Welcome1'): Promise<string> {
  const answer = await call(simulator, envelope({ user, password, sessionType: 'Stateless' }, metadataBody()));
  if (!answer.token) throw new Error(`login of ${user} failed: ${answer.text.slice(0, 300)}`);
  return answer.token;
}

/** Records of a QueryPage answer as IOElemName → text. */
export function recordsOf(answer: Answer, record = 'Account'): Array<Record<string, string>> {
  return findAll(answer.tree, record)
    .filter((element) => element.name.startsWith('{http://www.siebel.com/xml/'))
    .map((element) => Object.fromEntries(element.children.map((child) => [child.name.replace(/^\{[^}]*\}/, ''), child.text])));
}

/** Walks every page of a query with NewQuery=true then false, returning all records and the pages. */
export async function walk(simulator: Simulator, token: string, args: QueryArgs): Promise<{ records: Array<Record<string, string>>; pages: number; token: string }> {
  const records: Array<Record<string, string>> = [];
  let start = 0;
  let pages = 0;
  let current = token;
  for (;;) {
    const answer = await call(simulator, envelope({ sessionType: 'Stateless', token: current }, queryBody({ ...args, start, newQuery: start === 0 })));
    if (answer.status !== 200) throw new Error(`page at ${start} failed: ${answer.text.slice(0, 400)}`);
    current = answer.token!;
    pages += 1;
    records.push(...recordsOf(answer, args.record));
    if (textOf(answer.tree, 'LastPage') === 'true') return { records, pages, token: current };
    start += args.pageSize ?? 100;
  }
}
