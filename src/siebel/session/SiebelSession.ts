import { AddinError, createLogger } from '../../shared';
import { TransportError } from '../errors/TransportError';
import { describeUrl } from '../internal/describeUrl';
import { encodeMetadataRequest } from '../services/encodeMetadataRequest';
import { FAULT_CODES, METADATA } from '../services/wireNames';
import { decodeSoapReply, type SoapReply, type SoapReplyDecoder } from '../soap/decodeSoapReply';
import { encodeEnvelope, type EnvelopeAuth } from '../soap/encodeEnvelope';
import { postSoap } from '../transport/postSoap';
import type { SiebelConnectionOptions, SiebelSessionStats } from '../types';
import { validateServerUrl } from '../url/validateServerUrl';
import type { XmlSpec } from '../xml/writeXml';
import { faultToError, type FaultPhase } from './faultToError';
import { lastMetadataOf } from './lastMetadata';

const log = createLogger('siebel');
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** One request of a service: the operation (SOAPAction, messages), its body element, its decoder. */
export interface SoapCall<T> {
  readonly operation: string;
  /** The operation element, unprefixed; the envelope puts it in the operation namespace. */
  readonly body: XmlSpec;
  readonly decode: SoapReplyDecoder<T>;
}

/** How a logoff went. A failed logoff is reported, never thrown: the sync's outcome does not depend on it. */
export interface LogoffResult {
  readonly ok: boolean;
  readonly error?: AddinError;
}

/**
 * A Stateless Siebel session: the first call logs in (user name, password, `SessionType=Stateless`),
 * every later call sends the token of the latest answer. A fault on a token-only call gets one fresh
 * login and one retry, never more. One session per sync: do not share it between concurrent callers.
 *
 * @example
 * const session = new SiebelSession({ endpointUrl, userName, password });
 * try { const answer = await downloadMetadataFiles(session, cached, signal); }
 * finally { await session.logoff(); }
 */
export class SiebelSession {
  readonly #options: SiebelConnectionOptions;
  #token: string | undefined;
  // Every token this session received: server text that echoes one is redacted even after it expired.
  readonly #tokensSeen = new Set<string>();
  #stats = { logins: 0, logoffs: 0, calls: 0, retries: 0 };

  /** @throws AddinError `InvalidServerUrl` when `options.endpointUrl` is not an acceptable server URL */
  constructor(options: SiebelConnectionOptions) {
    validateServerUrl(options.endpointUrl);
    this.#options = options;
  }

  /** True while the session holds a token (after a successful first call, until logoff). */
  get isOpen(): boolean {
    return this.#token !== undefined;
  }

  /** A snapshot of the session's counters. */
  get stats(): SiebelSessionStats {
    return { ...this.#stats };
  }

  /**
   * Sends one service request. Internal to the services of this layer (`downloadMetadataFiles`,
   * `queryPage`); other layers call those.
   */
  async call<T>(call: SoapCall<T>, signal?: AbortSignal): Promise<T> {
    this.#stats.calls += 1;
    const first = await this.#send(call, signal);
    if (first.reply.kind === 'result') return first.reply.value;
    if (first.phase === 'login') throw this.#faultError(first.reply, call.operation, 'login');
    // Siebel rejects a token after SessionTokenTimeout or once logged off, and the fault it sends
    // is undocumented: any fault on a token-only call earns one fresh login and one retry.
    log.info(`${call.operation}: the session token was refused; logging in again and retrying once`);
    const abandoned = this.#token;
    this.#token = undefined;
    // A fault that does not say the token was rejected comes from a live session (a business
    // error): log it off before the fresh login, or it stays open on the server until
    // SessionTimeout (found by test/faults).
    if (abandoned !== undefined && !first.reply.fault.errors.some((e) => e.code === FAULT_CODES.sessionRejected)) {
      await this.#logoffToken(abandoned, signal);
    }
    this.#stats.retries += 1;
    const second = await this.#send(call, signal);
    if (second.reply.kind === 'result') return second.reply.value;
    throw this.#faultError(second.reply, call.operation, 'retry');
  }

  /**
   * Ends the session (token + `SessionType=None`, with a cheap metadata probe as the body).
   * No-op when no session is open; the token is dropped even if the call fails; never throws.
   */
  async logoff(signal?: AbortSignal): Promise<LogoffResult> {
    const token = this.#token;
    if (token === undefined) return { ok: true };
    this.#token = undefined;
    return this.#logoffToken(token, signal);
  }

  /** Logs off the session of `token`; never throws. */
  async #logoffToken(token: string, signal: AbortSignal | undefined): Promise<LogoffResult> {
    this.#stats.logoffs += 1;
    try {
      const envelope = encodeEnvelope({ kind: 'logoff', token }, encodeMetadataRequest(lastMetadataOf(this)));
      const reply = await postSoap(this.#request(METADATA.operation, envelope, signal), (xml) =>
        decodeSoapReply(xml, METADATA.operation, () => undefined),
      );
      if (reply.kind === 'fault') return { ok: false, error: this.#faultError(reply, METADATA.operation, 'token') };
      return { ok: true };
    } catch (error) {
      const url = describeUrl(this.#options.endpointUrl);
      return { ok: false, error: error instanceof AddinError ? error : new TransportError({ code: 'Network', operation: METADATA.operation, url, cause: error }) };
    }
  }

  async #send<T>(call: SoapCall<T>, signal: AbortSignal | undefined): Promise<{ phase: FaultPhase; reply: SoapReply<T> }> {
    const { userName, password } = this.#options;
    const auth: EnvelopeAuth = this.#token === undefined ? { kind: 'login', userName, password } : { kind: 'token', token: this.#token };
    if (auth.kind === 'login') this.#stats.logins += 1;
    const reply = await postSoap(this.#request(call.operation, encodeEnvelope(auth, call.body), signal), call.decode);
    if (reply.sessionToken !== undefined) {
      this.#token = reply.sessionToken;
      this.#tokensSeen.add(reply.sessionToken);
    }
    return { phase: auth.kind === 'login' ? 'login' : 'token', reply };
  }

  #request(operation: string, envelope: string, signal: AbortSignal | undefined) {
    return {
      url: this.#options.endpointUrl,
      operation,
      envelope,
      signal,
      timeoutMs: this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxResponseBytes: this.#options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      // Resolved per call (msw and tests patch the global) and never called as a method of an object.
      fetch: this.#options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init)),
    };
  }

  #faultError(reply: SoapReply<unknown> & { kind: 'fault' }, operation: string, phase: FaultPhase): AddinError {
    return faultToError(reply.fault, {
      operation,
      url: describeUrl(this.#options.endpointUrl),
      userName: this.#options.userName,
      secrets: [this.#options.password, ...this.#tokensSeen, reply.sessionToken],
      phase,
    });
  }
}
