import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLogSink } from '../../../src/shared';
import { downloadMetadataFiles, queryPage, SiebelSession, type SiebelConnectionOptions } from '../../../src/siebel';
import { readFixture } from './support/canonicalXml';
import { accountQuery } from './support/requests';
import { useSoapServer, ENDPOINT_BASE, ENDPOINT_URL } from './support/soapServer';

const PASSWORD = 'Pw-9f8e7d';
const TOKENS = ['TOK-SECRET-1', 'TOK-SECRET-2'];
const QUERY_PASSWORD = 'QueryPw-123';
const SECRETS = [PASSWORD, QUERY_PASSWORD, ...TOKENS];

const server = useSoapServer({ quietLogs: false });

const logLines: string[] = [];
beforeEach(() => {
  logLines.length = 0;
  const previous = setLogSink((level, message) => logLines.push(`${level} ${message}`));
  return () => void setLogSink(previous);
});

const xml =
  (body: string, status = 200, type = 'text/xml') =>
  () =>
    new HttpResponse(body, { status, headers: { 'Content-Type': type } });
const loginAnswer = xml(
  readFixture('metadata/DownloadMetadataFiles.unchanged.response.xml').replace('TOKEN-2', TOKENS[0]),
);
const echoingFault = readFixture('data/QueryPage.unknown-field.fault.xml').replace(
  /Error while processing argument SiebelMessage/g,
  `Login JSMITH/${PASSWORD} with token ${TOKENS[0]} failed`,
);

/** Answers in order; the last answer repeats. */
function serve(...answers: (() => Response)[]) {
  let index = 0;
  server.use(http.post(ENDPOINT_BASE, () => answers[Math.min(index++, answers.length - 1)]()));
}

function session(overrides: Partial<SiebelConnectionOptions> = {}) {
  return new SiebelSession({
    endpointUrl: `${ENDPOINT_URL}&UserName=JSMITH&Password=${QUERY_PASSWORD}`,
    userName: 'JSMITH',
    password: PASSWORD,
    ...overrides,
  });
}

/** Every message of an error and of its causes. */
function texts(error: unknown): string[] {
  const found: string[] = [];
  for (let current = error; current instanceof Error; current = current.cause)
    found.push(current.message, String(current));
  for (
    let current = error as { faultString?: string; errors?: { message: string }[] } | undefined;
    current;
    current = undefined
  ) {
    if (current.faultString) found.push(current.faultString);
    for (const entry of current.errors ?? []) found.push(entry.message);
  }
  return found;
}

const hanging: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)));

const paths: Record<string, () => Promise<unknown>> = {
  BadCredentials: async () => {
    serve(xml(readFixture('session/bad-credentials.fault.xml'), 500));
    return downloadMetadataFiles(session(), { packageId: '', responsibilityId: '', hashValue: '' });
  },
  SessionRejected: async () => {
    serve(loginAnswer, xml(readFixture('session/session-rejected.fault.xml'), 500));
    const s = session();
    await downloadMetadataFiles(s, { packageId: '', responsibilityId: '', hashValue: '' });
    return downloadMetadataFiles(s, { packageId: '', responsibilityId: '', hashValue: '' });
  },
  'SiebelFault echoing the password and token': async () => {
    serve(loginAnswer, xml(echoingFault, 500));
    const s = session();
    await downloadMetadataFiles(s, { packageId: '', responsibilityId: '', hashValue: '' });
    return queryPage(s, accountQuery);
  },
  NoPublishedPackage: async () => {
    serve(xml(readFixture('metadata/DownloadMetadataFiles.no-package.fault.xml'), 500));
    return downloadMetadataFiles(session(), { packageId: '', responsibilityId: '', hashValue: '' });
  },
  Network: async () => {
    serve(() => HttpResponse.error());
    return queryPage(session(), accountQuery);
  },
  Timeout: () => queryPage(session({ fetch: hanging, timeoutMs: 10 }), accountQuery),
  Aborted: () => queryPage(session({ fetch: hanging }), accountQuery, AbortSignal.abort()),
  HttpStatus: async () => {
    serve(xml('<html/>', 502, 'text/html'));
    return queryPage(session(), accountQuery);
  },
  NotSoap: async () => {
    serve(xml('<html><body>Sign in</body></html>', 200, 'text/html'));
    return queryPage(session(), accountQuery);
  },
  UnexpectedSoapShape: async () => {
    serve(loginAnswer);
    return queryPage(session(), accountQuery);
  },
  XmlRefused: async () => {
    serve(xml(`<!DOCTYPE x><x>${PASSWORD}</x>`));
    return queryPage(session(), accountQuery);
  },
  XmlEncode: () => queryPage(session({ password: `${PASSWORD}\u0001` }), accountQuery),
  InvalidServerUrl: async () =>
    new SiebelSession({
      endpointUrl: `https://JSMITH:${PASSWORD}@crm.example.test/`,
      userName: 'JSMITH',
      password: PASSWORD,
    }),
  'failed logoff': async () => {
    serve(loginAnswer, xml(echoingFault, 500));
    const s = session();
    await downloadMetadataFiles(s, { packageId: '', responsibilityId: '', hashValue: '' });
    const result = await s.logoff();
    throw result.error;
  },
};

describe('no secret in errors or logs', () => {
  it.each(Object.keys(paths))(
    'keeps the password, the URL password and session tokens out of the %s error',
    async (path) => {
      const error = await paths[path]().then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(Error);
      const all = [...texts(error), ...logLines].join('\n');
      expect(all.length).toBeGreaterThan(0);
      for (const secret of SECRETS) expect(all).not.toContain(secret);
    },
  );

  it('detects a secret when one does leak (the check can fail)', () => {
    const leaky = new Error(`token ${TOKENS[0]}`);
    expect(texts(leaky).join('\n')).toContain(TOKENS[0]);
  });
});
