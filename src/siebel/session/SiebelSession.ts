import { AddinError, createLogger } from '../../shared';
import { isTransientError } from '../errors/isTransientError';
import { TransportError } from '../errors/TransportError';
import { describeUrl } from '../internal/describeUrl';
import { encodeMetadataRequest } from '../services/encodeMetadataRequest';
import { operationName, soapActionFor, type OperationKind } from '../profile/operationNames';
import { DEFAULT_WIRE_PROFILE, type WireProfile } from '../profile/WireProfile';
import { decodeSoapReply, type SoapReply, type SoapReplyDecoder } from '../soap/decodeSoapReply';
import { encodeEnvelope, type EnvelopeAuth } from '../soap/encodeEnvelope';
import { postSoap } from '../transport/postSoap';
import type { SiebelConnectionOptions, SiebelSessionStats } from '../types';
import { validateServerUrl } from '../url/validateServerUrl';
import type { XmlSpec } from '../xml/writeXml';
import { faultToError, type FaultPhase } from './faultToError';
import { isTokenRejection } from './faultSignatures';
import { lastMetadataOf } from './lastMetadata';

const log = createLogger('siebel');
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** One request of a service: the operation (SOAPAction, messages), its body element, its decoder. */
export interface SoapCall<T> {
  /** Which service's operation this is (names the `{service}` of the SOAPAction template). */
  readonly kind: OperationKind;
  /** The operation's name as the wire profile spells it, e.g. `AccountQueryPage`. */
  readonly operation: string;
  /** The operation element, unprefixed; the envelope puts it in the profile's operation namespace. */
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
 * every later call sends the token of the latest answer. A token rejection (code 10944642 or its
 * wording, field evidence §4) gets one fresh login and one retry, never more; any other fault is
 * the call's answer. One request at a time: a sync that downloads in parallel opens several
 * sessions (one per concurrent request), never sends two at once on one. `stats` counts requests
 * and body bytes for the sync report, never their content.
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
  #stats = { logins: 0, logoffs: 0, calls: 0, retries: 0, opened: 0, requests: 0, bytesSent: 0, bytesReceived: 0 };
  // Counts requests and body bytes only: nothing of their content (credentials, tokens) is kept.
  readonly #meter = {
    sent: (bytes: number) => {
      this.#stats.requests += 1;
      this.#stats.bytesSent += bytes;
    },
    received: (bytes: number) => {
      this.#stats.bytesReceived += bytes;
    },
  };

  /** @throws AddinError `InvalidServerUrl` when `options.endpointUrl` is not an acceptable server URL */
  constructor(options: SiebelConnectionOptions) {
    validateServerUrl(options.endpointUrl);
    this.#options = options;
  }

  /** How this deployment's services are published (names, shapes); the services encode by it. */
  get profile(): WireProfile {
    return this.#options.wireProfile ?? DEFAULT_WIRE_PROFILE;
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
    // A business fault comes from a live session: it is the answer, and the session stays usable.
    if (first.phase === 'login' || !isTokenRejection(first.reply.fault))
      throw this.#faultError(first.reply, call.operation, first.phase);
    // Siebel rejects a token after SessionTokenTimeout, once logged off or after a restart. The
    // session behind it is gone, so it is not logged off: one fresh login, one retry.
    log.info(`${call.operation}: the session token was refused; logging in again and retrying once`);
    this.#token = undefined;
    this.#stats.retries += 1;
    const second = await this.#send(call, signal);
    if (second.reply.kind === 'result') return second.reply.value;
    throw this.#faultError(second.reply, call.operation, 'retry');
  }

  /**
   * Ends the session (token + `SessionType=None`, with a cheap metadata probe as the body).
   * No-op when no session is open; the token is dropped even if the call fails; never throws.
   * `retries`: how many more times to send it after a transient failure (connection lost, timeout,
   * 502/503/504), which most likely never reached the server: its session would stay open until
   * Siebel's idle timeout. Sending it again is harmless if the first one did arrive (a refused token).
   */
  async logoff(signal?: AbortSignal, options: { retries?: number } = {}): Promise<LogoffResult> {
    const token = this.#token;
    if (token === undefined) return { ok: true };
    this.#token = undefined;
    let result = await this.#logoffToken(token, signal);
    for (
      let left = options.retries ?? 0;
      left > 0 && !result.ok && isTransientError(result.error) && !signal?.aborted;
      left--
    ) {
      result = await this.#logoffToken(token, signal);
    }
    return result;
  }

  /** Logs off the session of `token`; never throws. */
  async #logoffToken(token: string, signal: AbortSignal | undefined): Promise<LogoffResult> {
    this.#stats.logoffs += 1;
    const operation = operationName(this.profile, 'downloadMetadataFiles');
    try {
      const envelope = encodeEnvelope(
        { kind: 'logoff', token },
        encodeMetadataRequest(lastMetadataOf(this), this.profile),
        this.profile,
      );
      const reply = await postSoap(this.#request('downloadMetadataFiles', operation, envelope, signal), (xml) =>
        decodeSoapReply(xml, operation, () => undefined),
      );
      if (reply.kind === 'fault') return { ok: false, error: this.#faultError(reply, operation, 'token') };
      return { ok: true };
    } catch (error) {
      const url = describeUrl(this.#options.endpointUrl);
      return {
        ok: false,
        error:
          error instanceof AddinError ? error : new TransportError({ code: 'Network', operation, url, cause: error }),
      };
    }
  }

  async #send<T>(
    call: SoapCall<T>,
    signal: AbortSignal | undefined,
  ): Promise<{ phase: FaultPhase; reply: SoapReply<T> }> {
    const { userName, password } = this.#options;
    const auth: EnvelopeAuth =
      this.#token === undefined ? { kind: 'login', userName, password } : { kind: 'token', token: this.#token };
    if (auth.kind === 'login') this.#stats.logins += 1;
    const reply = await postSoap(
      this.#request(call.kind, call.operation, encodeEnvelope(auth, call.body, this.profile), signal),
      call.decode,
    );
    if (reply.sessionToken !== undefined) {
      this.#token = reply.sessionToken;
      this.#tokensSeen.add(reply.sessionToken);
    }
    // A login the server answered (not a fault) left a session on it, to be logged off.
    if (auth.kind === 'login' && reply.kind === 'result') this.#stats.opened += 1;
    return { phase: auth.kind === 'login' ? 'login' : 'token', reply };
  }

  #request(kind: OperationKind, operation: string, envelope: string, signal: AbortSignal | undefined) {
    return {
      url: this.#options.endpointUrl,
      operation,
      soapAction: soapActionFor(this.profile, kind, operation),
      envelope,
      signal,
      meter: this.#meter,
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
