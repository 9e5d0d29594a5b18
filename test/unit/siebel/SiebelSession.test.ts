import { describe, expect, it } from 'vitest';
import {
  downloadMetadataFiles,
  queryPage,
  SessionError,
  SiebelFaultError,
  SiebelSession,
  TransportError,
} from '../../../src/siebel';
import { canonicalXml, readFixture } from './support/canonicalXml';
import { attributeAccountQuery as accountQuery, cachedMetadata as cached } from './support/requests';
import {
  CREDENTIALS,
  useSoapServer,
  ENDPOINT_URL,
  fixtureWithToken,
  hasCredentials,
  soapHandler,
  tokenOf,
  type FakeAnswer,
  type SeenRequest,
} from './support/soapServer';

const server = useSoapServer();

const empty = { packageId: '', responsibilityId: '', hashValue: '' };
const unchanged = (token: string): FakeAnswer => ({
  xml: fixtureWithToken('metadata/DownloadMetadataFiles.unchanged.response.xml', token),
});
const fault = (path: string): FakeAnswer => ({ status: 500, xml: readFixture(path) });
const rejected = fault('session/session-rejected.fault.xml');

function serve(answers: (FakeAnswer | ((body: string) => FakeAnswer))[]): SeenRequest[] {
  const seen: SeenRequest[] = [];
  server.use(
    soapHandler(seen, (body, index) => {
      const next = answers[index];
      if (!next) throw new Error(`unexpected request #${index + 1}`);
      return typeof next === 'function' ? next(body) : next;
    }),
  );
  return seen;
}

const newSession = (password: string = CREDENTIALS.password) =>
  new SiebelSession({ endpointUrl: ENDPOINT_URL, userName: 'JSMITH', password });

describe('SiebelSession calls', () => {
  it('logs in with credentials first, then sends the token of the latest response on every call', async () => {
    const seen = serve([unchanged('TOKEN-1'), unchanged('TOKEN-2'), unchanged('TOKEN-3')]);
    const session = newSession();
    expect(session.isOpen).toBe(false);
    await downloadMetadataFiles(session, empty);
    await downloadMetadataFiles(session, cached);
    await downloadMetadataFiles(session, cached);
    expect(seen.map((request) => [hasCredentials(request.body), tokenOf(request.body)])).toEqual([
      [true, undefined],
      [false, 'TOKEN-1'],
      [false, 'TOKEN-2'],
    ]);
    expect(seen.every((request) => request.body.includes('>Stateless</SessionType>'))).toBe(true);
    expect(session.isOpen).toBe(true);
    expect(session.stats).toMatchObject({ logins: 1, logoffs: 0, calls: 3, retries: 0, opened: 1, requests: 3 });
  });

  it('sends exactly the golden login, cached-metadata and QueryPage requests', async () => {
    const seen = serve([
      { xml: readFixture('metadata/DownloadMetadataFiles.files.response.xml') },
      unchanged('TOKEN-1'),
      { xml: readFixture('data/QueryPage.page.response.xml') },
      { xml: readFixture('data/QueryPage.last.response.xml') },
    ]);
    const session = newSession('secret');
    await downloadMetadataFiles(session, empty);
    await downloadMetadataFiles(session, cached);
    const first = await queryPage(session, accountQuery);
    const next = await queryPage(session, {
      ...accountQuery,
      searchSpec: '',
      pageSize: 2,
      startRowNum: 2,
      newQuery: false,
    });
    expect(first.records).toHaveLength(2);
    expect(next.lastPage).toBe(true);
    expect(canonicalXml(seen[0].body)).toEqual(
      canonicalXml(readFixture('metadata/DownloadMetadataFiles.login.request.xml')),
    );
    expect(canonicalXml(seen[1].body)).toEqual(
      canonicalXml(readFixture('metadata/DownloadMetadataFiles.cached.request.xml')),
    );
    expect(canonicalXml(seen[2].body)).toEqual(canonicalXml(readFixture('data/QueryPage.first.request.xml')));
    expect(canonicalXml(seen[3].body)).toEqual(canonicalXml(readFixture('data/QueryPage.next.request.xml')));
    expect(seen[2].soapAction).toBe('"document/http://siebel.com/asi/:AccountQueryPage"');
  });

  it('retries once with a fresh login when Siebel rejects the token, then uses the new token', async () => {
    const seen = serve([unchanged('TOKEN-1'), rejected, unchanged('TOKEN-9'), unchanged('TOKEN-10')]);
    const session = newSession();
    await downloadMetadataFiles(session, empty);
    const answer = await downloadMetadataFiles(session, cached);
    await downloadMetadataFiles(session, cached);
    expect(answer.hashValue).toBe(cached.hashValue);
    expect(seen.map((request) => [hasCredentials(request.body), tokenOf(request.body)])).toEqual([
      [true, undefined],
      [false, 'TOKEN-1'],
      [true, undefined],
      [false, 'TOKEN-9'],
    ]);
    expect(session.stats).toMatchObject({ logins: 2, logoffs: 0, calls: 3, retries: 1, opened: 2, requests: 4 });
  });

  it('throws SessionRejected when the retry after a fresh login is rejected too, without looping', async () => {
    const seen = serve([unchanged('TOKEN-1'), rejected, rejected]);
    const session = newSession();
    await downloadMetadataFiles(session, empty);
    const error = await downloadMetadataFiles(session, cached).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SessionError);
    expect(error).toMatchObject({ code: 'SessionRejected', cause: expect.any(SiebelFaultError) });
    expect(seen).toHaveLength(3);
    expect(session.stats.retries).toBe(1);
  });

  it('throws BadCredentials when the fresh login of a retry is refused', async () => {
    serve([unchanged('TOKEN-1'), rejected, fault('session/bad-credentials.fault.xml')]);
    const session = newSession();
    await downloadMetadataFiles(session, empty);
    await expect(downloadMetadataFiles(session, cached)).rejects.toMatchObject({ code: 'BadCredentials' });
  });

  it('throws BadCredentials on a refused first login without retrying', async () => {
    const seen = serve([fault('session/bad-credentials.fault.xml')]);
    const session = newSession();
    const error = await downloadMetadataFiles(session, empty).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SessionError);
    expect(error).toMatchObject({ code: 'BadCredentials' });
    expect((error as Error).message).toContain('JSMITH');
    expect(seen).toHaveLength(1);
    expect(session.isOpen).toBe(false);
  });

  it('throws NoPublishedPackage naming the user when no package is published', async () => {
    serve([fault('metadata/DownloadMetadataFiles.no-package.fault.xml')]);
    const error = await downloadMetadataFiles(newSession(), empty).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SiebelFaultError);
    expect(error).toMatchObject({ code: 'NoPublishedPackage', operation: 'DownloadMetadataFiles' });
    expect((error as Error).message).toContain("user JSMITH's responsibility");
  });

  it('answers a business fault at once: no fresh login, no retry, and the session stays open', async () => {
    const seen = serve([unchanged('TOKEN-1'), fault('data/QueryPage.unknown-field.fault.xml'), unchanged('TOKEN-2')]);
    const session = newSession();
    await downloadMetadataFiles(session, empty);
    const error = await queryPage(session, accountQuery).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: 'SiebelFault',
      operation: 'AccountQueryPage',
      siebelCodes: ['SBL-EAI-04316', 'SBL-EAI-04127'],
    });
    expect(seen).toHaveLength(2);
    expect(session.isOpen).toBe(true);
    await downloadMetadataFiles(session, cached);
    expect(tokenOf(seen[2].body)).toBe('TOKEN-1');
    expect(session.stats).toMatchObject({ logins: 1, logoffs: 0, retries: 0 });
  });

  it('does not log off a rejected token (its session is gone) before the fresh login', async () => {
    const seen = serve([unchanged('TOKEN-1'), rejected, unchanged('TOKEN-2')]);
    const session = newSession();
    await downloadMetadataFiles(session, empty);
    await downloadMetadataFiles(session, cached);
    expect(seen.map((request) => /<(?:\w+:)?SessionType[^>]*>None</.test(request.body))).toEqual([false, false, false]);
    expect(session.stats).toMatchObject({ logins: 2, logoffs: 0, retries: 1 });
  });

  it.each([
    [
      'the confirmed message without an error code',
      'Error Code: 10944642 Error Message: Error: Inbound SOAP Message - Session Token is missing or invalid or has expired',
      '',
    ],
    ['the code alone', 'Internal error', '10944642'],
    ['the legacy reconstructed code', 'The session token is invalid.', 'SBL-EAI-04601'],
  ])('recognises a token rejection by %s and logs in again once', async (_what, text, code) => {
    const xml = `<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>SOAP-ENV:Client</faultcode><faultstring>${text}</faultstring><detail><siebdetail xmlns="http://www.siebel.com/ws/fault"><errorstack><error><errorcode>${code}</errorcode><errormsg>${text}</errormsg></error></errorstack></siebdetail></detail></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>`;
    const seen = serve([unchanged('TOKEN-1'), { status: 500, xml }, unchanged('TOKEN-2')]);
    const session = newSession();
    await downloadMetadataFiles(session, empty);
    await downloadMetadataFiles(session, cached);
    expect(hasCredentials(seen[2].body)).toBe(true);
    expect(session.stats.retries).toBe(1);
  });

  it('reads a token rejection answering the password as bad credentials', async () => {
    serve([rejected]);
    await expect(downloadMetadataFiles(newSession(), empty)).rejects.toMatchObject({ code: 'BadCredentials' });
  });

  it('does not retry a transport failure and keeps the session token', async () => {
    const seen = serve([unchanged('TOKEN-1'), { status: 503, xml: '<busy/>' }]);
    const session = newSession();
    await downloadMetadataFiles(session, empty);
    await expect(downloadMetadataFiles(session, cached)).rejects.toBeInstanceOf(TransportError);
    expect(seen).toHaveLength(2);
    expect(session.isOpen).toBe(true);
    expect(session.stats.retries).toBe(0);
  });
});

describe('SiebelSession.logoff', () => {
  it('sends the token with SessionType None and the last metadata answer as the probe', async () => {
    const seen = serve([
      { xml: readFixture('metadata/DownloadMetadataFiles.files.response.xml') },
      unchanged('TOKEN-2'),
      unchanged('TOKEN-3'),
    ]);
    const session = newSession();
    await downloadMetadataFiles(session, empty);
    await downloadMetadataFiles(session, cached);
    expect(await session.logoff()).toEqual({ ok: true });
    expect(canonicalXml(seen[2].body)).toEqual(
      canonicalXml(readFixture('metadata/DownloadMetadataFiles.logoff.request.xml')),
    );
    expect(seen[2].soapAction).toBe('"document/http://siebel.com/asi/:DownloadMetadataFiles"');
    expect(session.isOpen).toBe(false);
    expect(session.stats).toMatchObject({ logoffs: 1, calls: 2 });
  });

  it('is a no-op that sends nothing when no session is open', async () => {
    const seen = serve([]);
    const session = newSession();
    expect(await session.logoff()).toEqual({ ok: true });
    expect(seen).toHaveLength(0);
    expect(session.stats.logoffs).toBe(0);
  });

  it('clears the token and reports, without throwing, when the logoff call fails', async () => {
    serve([unchanged('TOKEN-1'), { status: 502, xml: '<html/>' }]);
    const session = newSession();
    await downloadMetadataFiles(session, empty);
    const result = await session.logoff();
    expect(result).toMatchObject({ ok: false, error: { code: 'HttpStatus' } });
    expect(session.isOpen).toBe(false);
    expect(await session.logoff()).toEqual({ ok: true });
    expect(session.stats.logoffs).toBe(1);
  });

  it('reports a fault answer to the logoff as not ok', async () => {
    serve([unchanged('TOKEN-1'), rejected]);
    const session = newSession();
    await downloadMetadataFiles(session, empty);
    expect(await session.logoff()).toMatchObject({ ok: false, error: { code: 'SiebelFault' } });
  });

  it('never throws, even when the caller already cancelled', async () => {
    serve([unchanged('TOKEN-1')]);
    const session = newSession();
    await downloadMetadataFiles(session, empty);
    const controller = new AbortController();
    controller.abort();
    expect(await session.logoff(controller.signal)).toMatchObject({ ok: false, error: { code: 'Aborted' } });
    expect(session.isOpen).toBe(false);
  });
});
