import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isTransientError, ProtocolError, TransportError } from '../../../src/siebel';
import { decodeMetadataAnswer } from '../../../src/siebel/services/decodeMetadataAnswer';
import { postSoap, type SoapHttpRequest } from '../../../src/siebel/transport/postSoap';
import { readFixture } from './support/canonicalXml';
import { ENDPOINT_BASE, ENDPOINT_URL } from './support/soapServer';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const base: SoapHttpRequest = {
  url: ENDPOINT_URL,
  operation: 'DownloadMetadataFiles',
  soapAction: '"document/http://siebel.com/asi/:DownloadMetadataFiles"',
  envelope: '<x/>',
  timeoutMs: 5_000,
  maxResponseBytes: 1024 * 1024,
  fetch: (input, init) => globalThis.fetch(input, init),
};

function answer(body: string | null, init: ResponseInit) {
  server.use(http.post(ENDPOINT_BASE, () => new HttpResponse(body, init)));
}

async function failure(request: Partial<SoapHttpRequest> = {}): Promise<unknown> {
  return postSoap({ ...base, ...request }, decodeMetadataAnswer).then(
    () => {
      throw new Error('expected postSoap to fail');
    },
    (error: unknown) => error,
  );
}

/** A fetch that never answers until its signal aborts, like a server that hangs. */
const hangingFetch: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)));

describe('postSoap', () => {
  it('posts text/xml with the SOAPAction of the operation and decodes a 200 answer', async () => {
    let seen: Headers | undefined;
    server.use(
      http.post(ENDPOINT_BASE, ({ request }) => {
        seen = request.headers;
        return HttpResponse.xml(readFixture('metadata/DownloadMetadataFiles.unchanged.response.xml'));
      }),
    );
    const reply = await postSoap(base, decodeMetadataAnswer);
    expect(reply.kind).toBe('result');
    expect(seen?.get('content-type')).toBe('text/xml; charset=UTF-8');
    expect(seen?.get('soapaction')).toBe('"document/http://siebel.com/asi/:DownloadMetadataFiles"');
  });

  it('returns the fault of an HTTP 500 that carries a SOAP fault', async () => {
    answer(readFixture('metadata/DownloadMetadataFiles.no-package.fault.xml'), {
      status: 500,
      headers: { 'Content-Type': 'text/xml; charset=utf-8' },
    });
    const reply = await postSoap(base, decodeMetadataAnswer);
    expect(reply.kind === 'fault' && reply.fault.errors[0].code).toBe('SBL-PIM-00101');
  });

  it('reports a 502 HTML proxy page as a transient HttpStatus error', async () => {
    answer('<html><body>Bad gateway</body></html>', { status: 502, headers: { 'Content-Type': 'text/html' } });
    const error = await failure();
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ code: 'HttpStatus', status: 502 });
    expect(isTransientError(error)).toBe(true);
  });

  it('reports an HTTP 500 whose XML body is not a SOAP fault as HttpStatus 500', async () => {
    answer('<error>database down</error>', { status: 500, headers: { 'Content-Type': 'application/xml' } });
    expect(await failure()).toMatchObject({ code: 'HttpStatus', status: 500 });
  });

  it('reports a 404 as a non-transient HttpStatus that suggests checking the endpoint URL', async () => {
    answer('not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
    const error = await failure();
    expect(error).toMatchObject({ code: 'HttpStatus', status: 404 });
    expect((error as Error).message).toMatch(/EAI endpoint/);
    expect(isTransientError(error)).toBe(false);
  });

  it('reports a 200 HTML login page as NotSoap even though it parses as XML', async () => {
    answer('<html><body><form>Sign in</form></body></html>', {
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    });
    const error = await failure();
    expect(error).toBeInstanceOf(ProtocolError);
    expect(error).toMatchObject({ code: 'NotSoap' });
    expect((error as Error).message).toMatch(/HTML page.*Siebel EAI endpoint/);
  });

  it('reports a 200 with an empty body as NotSoap', async () => {
    answer('', { status: 200, headers: { 'Content-Type': 'text/xml' } });
    expect(await failure()).toMatchObject({ code: 'NotSoap' });
  });

  it('reports a 200 with a wrong content type as NotSoap', async () => {
    answer('{"ok":true}', { status: 200, headers: { 'Content-Type': 'application/json' } });
    expect(await failure()).toMatchObject({ code: 'NotSoap', message: expect.stringContaining('application/json') });
  });

  it('reports a 200 XML document that is not a SOAP envelope as NotSoap', async () => {
    answer('<rss><channel/></rss>', { status: 200, headers: { 'Content-Type': 'text/xml' } });
    expect(await failure()).toMatchObject({ code: 'NotSoap' });
  });

  it('reports bytes that are not UTF-8 as NotSoap', async () => {
    answer(null, { status: 200, headers: { 'Content-Type': 'text/xml' } });
    const latin1 = new Uint8Array([0x3c, 0x61, 0x3e, 0xfc, 0x3c, 0x2f, 0x61, 0x3e]); // <a>ü</a> in Latin-1
    server.use(http.post(ENDPOINT_BASE, () => new HttpResponse(latin1, { headers: { 'Content-Type': 'text/xml' } })));
    expect(await failure()).toMatchObject({ code: 'NotSoap', message: expect.stringContaining('UTF-8') });
  });

  it('reports a refused connection as a transient Network error', async () => {
    server.use(http.post(ENDPOINT_BASE, () => HttpResponse.error()));
    const error = await failure();
    expect(error).toMatchObject({ code: 'Network' });
    expect(isTransientError(error)).toBe(true);
  });

  it('reports Timeout when the server does not answer in time', async () => {
    const error = await failure({ fetch: hangingFetch, timeoutMs: 20 });
    expect(error).toMatchObject({ code: 'Timeout' });
    expect((error as Error).message).toContain('20 ms');
    expect(isTransientError(error)).toBe(true);
  });

  it('reports Aborted, not Timeout, when the caller cancels', async () => {
    const controller = new AbortController();
    const pending = failure({ fetch: hangingFetch, timeoutMs: 5_000, signal: controller.signal });
    controller.abort();
    const error = await pending;
    expect(error).toMatchObject({ code: 'Aborted' });
    expect(isTransientError(error)).toBe(false);
  });

  it('refuses a body larger than the limit without reading all of it, and cancels the stream', async () => {
    let pulled = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1024;
        controller.enqueue(new Uint8Array(1024).fill(0x20));
      },
      cancel() {
        cancelled = true;
      },
    });
    const fetchEndless: typeof fetch = async () => new Response(endless, { headers: { 'Content-Type': 'text/xml' } });
    const error = await failure({ fetch: fetchEndless, maxResponseBytes: 10_000 });
    expect(error).toMatchObject({ code: 'XmlRefused' });
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(20_000);
  });

  it('refuses a body whose Content-Length is over the limit before reading it', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(10));
      },
    });
    const fetchBig: typeof fetch = async () =>
      new Response(body, { headers: { 'Content-Type': 'text/xml', 'Content-Length': '999999' } });
    expect(await failure({ fetch: fetchBig, maxResponseBytes: 1000 })).toMatchObject({ code: 'XmlRefused' });
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('refuses a DOCTYPE in the answer', async () => {
    answer('<!DOCTYPE lolz [<!ENTITY lol "lol">]><lolz>&lol;</lolz>', {
      status: 200,
      headers: { 'Content-Type': 'text/xml' },
    });
    expect(await failure()).toMatchObject({ code: 'XmlRefused' });
  });
});
