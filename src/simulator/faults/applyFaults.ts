import { sleepOnClock } from '../clock/sleepOnClock';
import type { ServerState } from '../ServerState';
import { SimulatedDrop } from '../SimulatedDrop';
import type { SoapRequest } from '../soap/readSoapRequest';
import { injectedFault } from '../soap/faultCatalog';
import type { SiebelFault } from '../soap/SiebelFault';
import type { FaultRule } from '../types';
import { emptyResponse, loginPage, malformedResponse, proxyErrorPage, wrongShapeResponse } from './injectedResponses';

/** What the fired rules leave to do after the call ran normally. */
export interface AfterEffects {
  truncate: boolean;
  wrongContentType: boolean;
  dropPartway: boolean;
}

/** How fired rules change the call itself while it runs normally. */
export interface CallEffects {
  /** A `shortPage` rule: the QueryPage answers at most this many rows. */
  pageRows: number | undefined;
}

/** Either an answer that replaces the call, or the effects to apply to the real answer. */
export type FaultOutcome =
  | { readonly kind: 'replace'; readonly response: Response }
  | { readonly kind: 'fault'; readonly fault: SiebelFault }
  | { readonly kind: 'continue'; readonly during: CallEffects; readonly after: AfterEffects };

/**
 * Applies fired rules in the order they were added: latency waits and goes on, session faults
 * change server state and go on, the others decide the answer (the first one wins).
 */
export async function applyFaults(
  state: ServerState,
  rules: readonly FaultRule[],
  request: Request,
  soap: SoapRequest | undefined,
): Promise<FaultOutcome> {
  const after: AfterEffects = { truncate: false, wrongContentType: false, dropPartway: false };
  const during: CallEffects = { pageRows: undefined };
  state.counters.faultsInjected += rules.length;
  for (const rule of rules) {
    switch (rule.kind) {
      case 'latency':
        await sleepOnClock(state.clock, rule.ms, request.signal);
        break;
      case 'expireSession': {
        const session = soap?.headers.sessionToken ? state.sessions.peek(soap.headers.sessionToken) : undefined;
        if (session) {
          state.sessions.close(session);
          state.counters.expiredSessions += 1;
        }
        break;
      }
      case 'restart':
        state.sessions.clear();
        break;
      case 'shortPage':
        during.pageRows = Math.max(0, Math.floor(rule.rows));
        break;
      case 'truncated':
        after.truncate = true;
        break;
      case 'wrongContentType':
        after.wrongContentType = true;
        break;
      case 'drop':
        if (!rule.partial) throw new SimulatedDrop();
        after.dropPartway = true;
        break;
      case 'hang':
        await hang(state, request.signal);
        throw new SimulatedDrop();
      case 'http':
        return { kind: 'replace', response: proxyErrorPage(rule.status) };
      case 'html':
        return { kind: 'replace', response: loginPage() };
      case 'empty':
        return { kind: 'replace', response: emptyResponse() };
      case 'malformed':
        return { kind: 'replace', response: malformedResponse() };
      case 'wrongShape':
        return { kind: 'replace', response: wrongShapeResponse() };
      case 'soapFault':
        return { kind: 'fault', fault: injectedFault(rule.code, rule.message) };
    }
  }
  return { kind: 'continue', during, after };
}

/** Waits until the client gives up (its abort reaches `signal`) or the simulator is closed. */
function hang(state: ServerState, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const release = () => {
      state.hangs.delete(release);
      resolve();
    };
    state.hangs.add(release);
    if (signal.aborted) release();
    signal.addEventListener('abort', release, { once: true });
  });
}
