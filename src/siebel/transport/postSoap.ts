import { createLogger } from '../../shared';
import { ProtocolError } from '../errors/ProtocolError';
import { TransportError, type TransportErrorCode } from '../errors/TransportError';
import { describeUrl } from '../internal/describeUrl';
import type { SoapReply, SoapReplyDecoder } from '../soap/decodeSoapReply';
import { discard } from './discard';
import { readLimitedText } from './readLimitedText';

const log = createLogger('siebel');

/** One SOAP POST. `envelope` carries credentials or a token: it is never logged. */
export interface SoapHttpRequest {
  readonly url: string;
  /** e.g. `DownloadMetadataFiles`; appears in messages. */
  readonly operation: string;
  /** The `SOAPAction` header value, quotes included (the wire profile's template). */
  readonly soapAction: string;
  readonly envelope: string;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  readonly fetch: typeof fetch;
  readonly signal?: AbortSignal;
  /** Counts the exchange (bodies only, as bytes on the wire); never sees their content. */
  readonly meter?: TrafficMeter;
}

/** Where `postSoap` reports what it sent and read: one `sent` per POST, `received` per body read. */
export interface TrafficMeter {
  sent(bytes: number): void;
  received(bytes: number): void;
}

const encoder = new TextEncoder();

const XML_MEDIA_TYPE = /^(?:text\/xml|application\/xml|application\/[\w.+-]*\+xml)$/;

/**
 * POSTs a SOAP envelope and decodes the answer. 2xx → the decoded reply (a fault too); HTTP 500
 * with a SOAP fault → the fault; any other status → TransportError `HttpStatus`; a 2xx that is not
 * XML (HTML page, wrong content type, empty body) → ProtocolError `NotSoap`.
 *
 * @throws TransportError (`Network`, `Timeout`, `Aborted`, `HttpStatus`) or ProtocolError
 */
export async function postSoap<T>(request: SoapHttpRequest, decode: SoapReplyDecoder<T>): Promise<SoapReply<T>> {
  const timeout = AbortSignal.timeout(request.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  const fail = (code: TransportErrorCode, cause?: unknown, status?: number) =>
    new TransportError({
      code,
      operation: request.operation,
      url: describeUrl(request.url),
      status,
      timeoutMs: request.timeoutMs,
      cause,
    });
  const classify = (cause: unknown) => {
    if (cause instanceof ProtocolError) return cause;
    if (request.signal?.aborted) return fail('Aborted', cause);
    return fail(timeout.aborted ? 'Timeout' : 'Network', cause);
  };

  let response: Response;
  try {
    // An injected fetch may not check a signal that is aborted already; the real one does.
    signal.throwIfAborted();
    request.meter?.sent(encoder.encode(request.envelope).byteLength);
    response = await request.fetch(request.url, {
      method: 'POST',
      headers: { 'Content-Type': 'text/xml; charset=UTF-8', SOAPAction: request.soapAction },
      body: request.envelope,
      signal,
    });
  } catch (error) {
    throw classify(error);
  }
  log.debug(`${request.operation} ${pathOf(request.url)} → HTTP ${response.status}`);

  const mediaType = mediaTypeOf(response);
  // XHTML is XML too, but never SOAP: give it the "HTML page" message.
  const isXml = XML_MEDIA_TYPE.test(mediaType) && mediaType !== 'application/xhtml+xml';
  if (response.ok) {
    if (!isXml) {
      discard(response);
      throw notSoap(request, mediaType);
    }
    const xml = await readLimitedText(response, request.maxResponseBytes, request.operation, request.meter).catch(
      (error: unknown) => {
        throw classify(error);
      },
    );
    if (xml.trim() === '') throw notSoap(request, 'an empty body');
    return decode(xml);
  }
  if (response.status === 500 && isXml) {
    const fault = await readFault(response, request, decode);
    if (fault) return fault;
    throw fail('HttpStatus', undefined, 500);
  }
  discard(response);
  throw fail('HttpStatus', undefined, response.status);
}

/** The SOAP fault of an HTTP 500, or undefined when the body is something else (a proxy's error page). */
async function readFault<T>(
  response: Response,
  request: SoapHttpRequest,
  decode: SoapReplyDecoder<T>,
): Promise<SoapReply<T> | undefined> {
  try {
    const reply = decode(await readLimitedText(response, request.maxResponseBytes, request.operation, request.meter));
    return reply.kind === 'fault' ? reply : undefined;
  } catch {
    return undefined;
  }
}

function mediaTypeOf(response: Response): string {
  return (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '(invalid URL)';
  }
}

function notSoap(request: SoapHttpRequest, what: string): ProtocolError {
  const url = describeUrl(request.url);
  if (what === 'text/html' || what === 'application/xhtml+xml') {
    return new ProtocolError(
      'NotSoap',
      `The server answered ${request.operation} with an HTML page instead of SOAP: ${url} — check that the server URL points at the Siebel EAI endpoint (a sign-in or proxy page is a common cause)`,
    );
  }
  const described = what === '' ? 'no content type' : what.includes('/') ? `content type ${what}` : what;
  return new ProtocolError(
    'NotSoap',
    `The server answered ${request.operation} with ${described} instead of SOAP XML: ${url} — check that the server URL points at the Siebel EAI endpoint`,
  );
}
