import { ProtocolError } from '../errors/ProtocolError';
import { discard } from './discard';

/**
 * Reads a response body as UTF-8 text, counting bytes as they arrive: past `maxBytes` the stream
 * is cancelled and the answer refused, so a huge or endless body is never buffered whole.
 * Read failures (abort, network) are rethrown as they are, for the caller to classify. `meter`
 * counts the bytes read (traffic figures of the sync report).
 *
 * @throws ProtocolError `XmlRefused` (too big) or `NotSoap` (not UTF-8)
 */
export async function readLimitedText(
  response: Response,
  maxBytes: number,
  source: string,
  meter?: { received(bytes: number): void },
): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    discard(response);
    throw tooBig(source, maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      meter?.received(value.byteLength);
      if (total > maxBytes) {
        // Not awaited: some stream sources only settle a cancel once their pending read ends.
        void reader.cancel().catch(() => undefined);
        throw tooBig(source, maxBytes);
      }
      chunks.push(value);
    }
  }
  return decodeUtf8(concat(chunks, total), source);
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function decodeUtf8(bytes: Uint8Array, source: string): string {
  try {
    // fatal: a wrong byte is an error, not a silent U+FFFD in a customer's name.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new ProtocolError(
      'NotSoap',
      `The answer to ${source} is not valid UTF-8 text — check that the server URL points at the Siebel EAI endpoint, or tell your CRM administrator`,
      { cause: error },
    );
  }
}

function tooBig(source: string, maxBytes: number): ProtocolError {
  return new ProtocolError(
    'XmlRefused',
    `Refused the answer to ${source}: it is larger than ${maxBytes} bytes — lower the page size of the synchronized objects, or raise the response size limit`,
  );
}
