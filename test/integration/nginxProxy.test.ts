// docs/deployment/nginx.conf, the reverse proxy docs/deployment.md recommends (issue 22), run by Debian's
// nginx as written but for its ports and paths (test/support/nginx/deploymentSample.ts): it serves a
// production build of the add-in and forwards /siebel/ over TLS to the Siebel Server simulator, under the
// sample's own upstream name. Every request goes over real sockets; the add-in's origin is
// https://addin.contoso.com, reached on 127.0.0.1 by SNI.
import 'fake-indexeddb/auto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLogSink } from '../../src/shared';
import { createSimulator, type Simulator } from '../../src/simulator';
import { openStore } from '../../src/store';
import { createSyncEngine } from '../../src/sync';
import { buildTaskPane } from '../bench/chromium/buildTaskPane';
import { sampleForTest } from '../support/nginx/deploymentSample';
import { findNginx } from '../support/nginx/findNginx';
import { httpsFetch } from '../support/nginx/httpsFetch';
import { runNginx, type RunningNginx } from '../support/nginx/runNginx';
import { startTlsSimulator, type TlsSimulator } from '../support/nginx/startTlsSimulator';
import { createTestCertificates } from '../support/nginx/testCertificates';

const ADDIN_HOST = 'addin.contoso.com';
const ADDIN_ORIGIN = `https://${ADDIN_HOST}`;
const SIEBEL_HOST = 'siebel.internal.contoso.com';
const EAI_PATH = '/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1';
/** What CI builds with (.ci/run); the test builds with it too when `DEPLOYED_DIST` names no build. */
const BASE_URL = 'https://crm-desktop.example.com/';
const SETUP_TIMEOUT = 300_000;

let work: string;
let dist: string;
let nginx: RunningNginx | undefined;
let siebel: TlsSimulator | undefined;
let simulator: Simulator;
let fetchAddin: typeof fetch;
let origin: string;
let httpOrigin: string;

beforeAll(async () => {
  const binary = findNginx();
  work = mkdtempSync(join(tmpdir(), 'crm-nginx-'));
  dist = process.env.DEPLOYED_DIST ?? join(work, 'dist');
  if (!process.env.DEPLOYED_DIST) await buildTaskPane(dist, { baseUrl: BASE_URL });
  const tls = createTestCertificates(join(work, 'tls'), 'internal-ca.pem', [ADDIN_HOST, SIEBEL_HOST]);
  setLogSink(() => undefined);
  simulator = createSimulator({
    data: { accounts: 12, contactsPerAccount: 2, opportunitiesPerAccount: 1, activitiesPerAccount: 1, seed: 22 },
  });
  siebel = await startTlsSimulator(simulator, {
    key: readFileSync(tls.path(`${SIEBEL_HOST}.key`), 'utf8'),
    cert: readFileSync(tls.path(`${SIEBEL_HOST}.fullchain.pem`), 'utf8'),
  });
  const [httpPort, httpsPort] = await Promise.all([freePort(), freePort()]);
  nginx = await runNginx({
    binary,
    prefix: join(work, 'nginx'),
    site: sampleForTest({ httpPort, httpsPort, tlsDir: tls.dir, dist }),
    // The sample's upstream name, resolved to the simulator without DNS: proxy_pass, the Host header,
    // SNI and the certificate check all still use siebel.internal.contoso.com.
    http: `    upstream ${SIEBEL_HOST} { server 127.0.0.1:${siebel.port}; }\n`,
    ports: [httpPort, httpsPort],
  });
  fetchAddin = httpsFetch(tls.caPem, ADDIN_HOST);
  origin = `https://127.0.0.1:${httpsPort}`;
  httpOrigin = `http://127.0.0.1:${httpPort}`;
}, SETUP_TIMEOUT);

afterAll(async () => {
  await nginx?.stop();
  await siebel?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A free local port (asked of the system, then released for nginx). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

const CSP_DIRECTIVES = ["default-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'"];

describe('docs/deployment/nginx.conf serving the add-in', () => {
  it('serves the task pane no-cache, with the CSP and security headers', async () => {
    expect(existsSync(join(dist, 'taskpane.html'))).toBe(true);
    const response = await fetchAddin(`${origin}/crm/taskpane.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    for (const directive of CSP_DIRECTIVES)
      expect(response.headers.get('content-security-policy')).toContain(directive);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect(response.headers.get('etag')).toBeTruthy();
    expect(await response.text()).toBe(readFileSync(join(dist, 'taskpane.html'), 'utf8'));
  });

  it('serves a content-hashed bundle for a year, immutable, and the manifest no-cache', async () => {
    const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
    // Minified HTML: attribute values without quotes.
    const bundle = /\ssrc="?([\w-]+\.[0-9a-f]{16}\.js)[\s">]/.exec(html)?.[1];
    expect(bundle, 'a content-hashed script in taskpane.html').toBeTruthy();
    const response = await fetchAddin(`${origin}/crm/${bundle}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/javascript; charset=utf-8$/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await response.text()).length).toBe(readFileSync(join(dist, bundle!), 'utf8').length);

    const manifest = await fetchAddin(`${origin}/crm/manifest.xml`);
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    expect(await manifest.text()).toContain('<OfficeApp');
  });

  it('sends plain http to https and the bare host to the task pane', async () => {
    const plain = await plainGet(`${httpOrigin}/crm/taskpane.html`, ADDIN_HOST);
    expect(plain.status).toBe(301);
    expect(plain.location).toBe(`${ADDIN_ORIGIN}/crm/taskpane.html`);
    const root = await fetchAddin(`${origin}/`);
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toMatch(/\/crm\/taskpane\.html$/);
  });
});

describe('docs/deployment/nginx.conf proxying the Siebel Server', () => {
  it("answers a CORS preflight from the add-in's origin itself, and none for another origin", async () => {
    const before = siebel!.seen.length;
    const preflight = (from: string) =>
      fetchAddin(`${origin}${EAI_PATH}`, {
        method: 'OPTIONS',
        headers: {
          Origin: from,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type,soapaction',
        },
      });
    const allowed = await preflight(ADDIN_ORIGIN);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ADDIN_ORIGIN);
    expect(allowed.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
    expect(allowed.headers.get('access-control-allow-headers')).toBe('Content-Type, SOAPAction');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    expect(allowed.headers.get('vary')).toContain('Origin');

    const other = await preflight('https://elsewhere.example.com');
    expect(other.status).toBe(204);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    // Neither preflight reached Siebel.
    expect(siebel!.seen.length).toBe(before);
  });

  it('carries a whole synchronization of the add-in to Siebel and back, session tokens intact', async () => {
    const store = await openStore({ namePrefix: `nginx-${process.pid}-${Date.now()}-` });
    try {
      const seen = siebel!.seen;
      const before = seen.length;
      const answers: Response[] = [];
      const viaProxy = httpsFetch(readFileSync(join(work, 'tls', 'internal-ca.pem'), 'utf8'), ADDIN_HOST);
      const engine = createSyncEngine({
        store,
        locks: null,
        // A browser sends its origin with every POST; the answers are kept to check their headers.
        fetch: async (input, init) => {
          const answer = await viaProxy(input, { ...init, headers: { ...init?.headers, Origin: ADDIN_ORIGIN } });
          answers.push(answer.clone());
          return answer;
        },
      });
      const connection = { endpointUrl: `${origin}${EAI_PATH}`, userName: 'JSMITH', password: 'Welcome1' };
      const report = await engine.synchronize({ connection });
      expect(report).toMatchObject({ kind: 'initial', outcome: 'succeeded', sessions: { opened: 1, closed: 1 } });
      expect(report.counts.Account.added).toBe(simulator.data.count('Account', 'JSMITH'));
      expect(simulator.openSessionCount()).toBe(0);

      // What reached Siebel: the SOAP calls as sent, under Siebel's own host name.
      const calls = seen.slice(before);
      expect(calls.length).toBe(answers.length);
      expect(calls.length).toBeGreaterThan(3);
      for (const call of calls) {
        expect(call.method).toBe('POST');
        expect(call.url).toBe(EAI_PATH);
        expect(call.headers.host).toBe(SIEBEL_HOST);
        expect(call.headers['x-forwarded-proto']).toBe('https');
        expect(call.headers.soapaction).toBeTruthy();
        expect(call.headers['content-type']).toBe('text/xml; charset=UTF-8');
      }
      // The session header: the first call logs in; every later one carries a token an answer gave
      // (answers may finish out of order: the download uses several sessions side by side).
      expect(calls[0].body).toMatch(/<(?:[\w-]+:)?UsernameToken\b[^>]*>JSMITH</);
      const issued = new Set((await Promise.all(answers.map((answer) => answer.text()))).map(sessionToken));
      expect(issued.size).toBeGreaterThan(1);
      for (const [i, call] of calls.entries())
        if (i > 0) expect(issued.has(sessionToken(call.body)), `call ${i}: ${call.body.slice(0, 300)}`).toBe(true);
      // What came back: no caching on the way, and exactly one CORS answer (the proxy's, not Siebel's too).
      for (const answer of answers) {
        // 500 is a SOAP fault the engine expects and handles (e.g. the page size the server refuses).
        expect([200, 500]).toContain(answer.status);
        expect(answer.headers.get('content-type')).toMatch(/^text\/xml/);
        expect(answer.headers.get('cache-control')).toBe('no-store');
        expect(answer.headers.get('access-control-allow-origin')).toBe(ADDIN_ORIGIN);
        expect(answer.headers.get('access-control-allow-methods')).toBeNull();
      }
    } finally {
      store.close();
    }
  });
});

function sessionToken(xml: string): string | null {
  return /<(?:[\w-]+:)?SessionToken\b[^>]*>([^<]+)</.exec(xml)?.[1] ?? null;
}

/** A GET over plain http with a Host header of our choice (fetch does not let one set it). */
function plainGet(url: string, host: string): Promise<{ status: number; location: string | undefined }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { Host: host } }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, location: res.headers.location });
    }).on('error', reject);
  });
}
