import { sleepOnClock } from './clock/sleepOnClock';
import { applyFaults, type AfterEffects, type CallEffects } from './faults/applyFaults';
import { parseEndpoint } from './http/parseEndpoint';
import { readBodyCapped } from './http/readBodyCapped';
import { dispatch } from './operations/dispatch';
import { callLatencyMs } from './profile/SimulatorLatency';
import type { ServerState } from './ServerState';
import { authenticate } from './session/authenticate';
import { SimulatedDrop } from './SimulatedDrop';
import { requestTooLarge, sessionHeadersIgnored } from './soap/faultCatalog';
import { readSoapRequest, type SoapRequest } from './soap/readSoapRequest';
import { SiebelFault } from './soap/SiebelFault';
import { writeEnvelope, writeFault } from './soap/writeEnvelope';
import { classifyOperation } from './wire/classifyOperation';

const XML = 'text/xml; charset=UTF-8';
const STATELESS = new Set(['stateless', 'stateful', 'serverdetermine']);

/**
 * The simulator core: one web-standard Request in, one Response out (or a thrown `SimulatedDrop`).
 * Never throws anything else: every failure becomes the SOAP fault a Siebel server would send.
 */
export async function handleSoapRequest(state: ServerState, request: Request): Promise<Response> {
  const endpoint = parseEndpoint(request.url);
  if (!endpoint.isEai) return new Response('Not Found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  if (request.method !== 'POST') return new Response('Method Not Allowed', { status: 405, headers: { Allow: 'POST' } });
  let soap: SoapRequest | undefined;
  let early: SiebelFault | undefined;
  try {
    const body = await readBodyCapped(request, state.maxRequestBytes);
    if (body.tooLarge) early = requestTooLarge(state.maxRequestBytes);
    else {
      state.traffic.requestRead(body.text);
      soap = readSoapRequest(body.text, request.headers.get('SOAPAction'));
      state.traffic.operation(soap.operationName);
    }
  } catch (error) {
    early = toFault(error);
  }
  // The object manager's own time (option `latency`), spent on every EAI call whatever its answer.
  const { latency } = state.settings;
  if (latency) await sleepOnClock(state.clock, callLatencyMs(latency, state.random), request.signal);
  const isQueryPage =
    soap !== undefined && classifyOperation(state.settings.wire, soap.operationName)?.kind === 'queryPage';
  const outcome = await applyFaults(state, state.faults.match(soap?.operationName, isQueryPage), request, soap);
  if (outcome.kind === 'replace') return outcome.response;
  if (outcome.kind === 'fault') return faultResponse(state, outcome.fault);
  if (early || !soap) return faultResponse(state, early ?? sessionHeadersIgnored());
  if (!endpoint.wsSoap) return faultResponse(state, sessionHeadersIgnored());
  return finish(runOperation(state, soap, outcome.during), outcome.after);
}

/** Authenticates, runs the operation, and handles the token and the logoff of SessionType=None. */
function runOperation(state: ServerState, soap: SoapRequest, during: CallEffects): Response {
  const stateless = STATELESS.has((soap.headers.sessionType ?? 'None').toLowerCase());
  let auth;
  try {
    auth = authenticate(state, soap.headers);
  } catch (error) {
    return faultResponse(state, toFault(error));
  }
  const { session, user } = auth;
  if (auth.opened) state.traffic.loggedIn(user.userName, state.sessions.count(), state.sessions.count(user.userName));
  state.counters.calls[soap.operationName] = (state.counters.calls[soap.operationName] ?? 0) + 1;
  let body: string;
  try {
    body = dispatch({
      user,
      session,
      users: state.users,
      catalog: state.catalog,
      data: state.data,
      maxCachedQueries: state.maxCachedQueries,
      defaultSort: state.defaultSort,
      wire: state.settings.wire,
      maximumPageSize: state.settings.maximumPageSize,
      pageRows: during.pageRows,
      input: soap.operation,
      operationName: soap.operationName,
      soapAction: soap.soapAction,
      now: state.serverClock.wallNow(),
      counters: state.counters,
      rejections: state.rejections,
    });
  } catch (error) {
    // A session nobody holds a token for (a failed first call) or a SessionType=None call ends here.
    if (!stateless || auth.opened) logoff(state, session);
    return faultResponse(state, toFault(error));
  }
  if (!stateless) {
    logoff(state, session);
    return xmlResponse(writeEnvelope(body));
  }
  return xmlResponse(writeEnvelope(body, state.sessions.issueToken(session)));
}

function logoff(state: ServerState, session: Parameters<ServerState['sessions']['close']>[0]): void {
  state.sessions.close(session);
  state.counters.logoffs += 1;
  state.traffic.loggedOff();
}

async function finish(response: Response, after: AfterEffects): Promise<Response> {
  if (!after.truncate && !after.wrongContentType && !after.dropPartway) return response;
  const text = await response.text();
  const headers: Record<string, string> = {
    'Content-Type': after.wrongContentType ? 'text/plain; charset=UTF-8' : XML,
  };
  const half = text.slice(0, Math.floor(text.length / 2));
  if (after.dropPartway) throw new SimulatedDrop({ status: response.status, headers, body: half });
  return new Response(after.truncate ? half : text, { status: response.status, headers });
}

function faultResponse(state: ServerState, fault: SiebelFault): Response {
  state.counters.faultLogs += 1;
  const log = `EAIObjMgr_enu_0001_${String(state.counters.faultLogs).padStart(8, '0')}.log`;
  return new Response(writeFault(fault, log), { status: 500, headers: { 'Content-Type': XML } });
}

function xmlResponse(xml: string): Response {
  return new Response(xml, { status: 200, headers: { 'Content-Type': XML } });
}

/** Any unexpected error still answers as a Siebel server would: a Server fault, never a crash. */
function toFault(error: unknown): SiebelFault {
  if (error instanceof SiebelFault) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new SiebelFault([
    { code: 'SBL-EAI-04376', symbol: '', message: `Internal error of the simulated server: ${message}` },
  ]);
}
