import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { setLogSink } from '../../../../src/shared';
import { readFixture } from './canonicalXml';

/** The endpoint every session test talks to (msw intercepts it; no network). */
export const ENDPOINT_BASE = 'https://crm.example.test/siebel/app/eai/enu/swe';
export const ENDPOINT_URL = `${ENDPOINT_BASE}?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1`;
export const CREDENTIALS = { userName: 'JSMITH', password: 's3cr3t-Pa55word' } as const;

/** One request as the fake server saw it. */
export interface SeenRequest {
  readonly body: string;
  readonly soapAction: string | null;
  readonly contentType: string | null;
}

/** An msw server that fails any request no handler expects. */
export function createSoapServer() {
  return setupServer();
}

/**
 * The fake Siebel of one test file: listening for the whole file, handlers reset after each test
 * (unexpected requests fail), and, unless the file watches logs itself, log lines kept quiet.
 */
export function useSoapServer({ quietLogs = true }: { readonly quietLogs?: boolean } = {}) {
  const server = createSoapServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  if (quietLogs) {
    beforeEach(() => {
      const previous = setLogSink(() => undefined);
      return () => void setLogSink(previous);
    });
  }
  return server;
}

/** What the fake Siebel answers to one request: an envelope and its HTTP status. */
export interface FakeAnswer {
  readonly status?: number;
  readonly xml: string;
}

/**
 * A handler that records every request and answers from `answer(body, index)`.
 * Mimics the server only as far as the test needs.
 */
export function soapHandler(seen: SeenRequest[], answer: (body: string, index: number) => FakeAnswer) {
  return http.post(ENDPOINT_BASE, async ({ request }) => {
    const body = await request.text();
    seen.push({
      body,
      soapAction: request.headers.get('SOAPAction'),
      contentType: request.headers.get('Content-Type'),
    });
    const { status = 200, xml } = answer(body, seen.length - 1);
    return HttpResponse.xml(xml, { status });
  });
}

/** A fixture with its session token replaced (responses carry TOKEN-1/TOKEN-2). */
export function fixtureWithToken(path: string, token: string): string {
  return readFixture(path).replace(/TOKEN-\d/, token);
}

/** The `SessionToken` a request carried, or undefined. */
export function tokenOf(body: string): string | undefined {
  return /<SessionToken[^>]*>([^<]*)</.exec(body)?.[1];
}

/** Whether a request carried credentials. */
export function hasCredentials(body: string): boolean {
  return body.includes('PasswordText');
}
