import { describe, expect, it, vi } from 'vitest';
import { testConnection } from '../../../../src/sync';

const URL_OK = 'https://crm.example.com/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1';

function answer(body: string, init: ResponseInit = {}) {
  return vi.fn<typeof fetch>(async () => new Response(body, init));
}

function networkFailure(code?: string) {
  return Object.assign(new TypeError('fetch failed'), code ? { cause: { code } } : {});
}

describe('testConnection', () => {
  it('accepts a server that answers the probe with a SOAP envelope', async () => {
    const probe = answer(
      '<soapenv:Envelope xmlns:soapenv="x"><soapenv:Body><soapenv:Fault/></soapenv:Body></soapenv:Envelope>',
      { status: 500, headers: { 'Content-Type': 'text/xml' } },
    );
    expect(await testConnection(URL_OK, { fetch: probe })).toEqual({
      ok: true,
      message: 'https://crm.example.com/siebel/app/eai/enu/swe is a Siebel EAI endpoint',
    });
    expect(probe.mock.calls[0][1]).toMatchObject({ method: 'POST' });
  });

  it('refuses plain http to another computer without any request', async () => {
    const probe = vi.fn<typeof fetch>();
    const result = await testConnection('http://crm.example.com/eai', { fetch: probe });
    expect(result).toMatchObject({ ok: false, problem: 'invalidUrl' });
    expect(result.message).toMatch(/use https:\/\//);
    expect(probe).not.toHaveBeenCalled();
  });

  it('allows http on the loopback address', async () => {
    const probe = answer('<Envelope/>', { headers: { 'Content-Type': 'text/xml' } });
    expect((await testConnection('http://127.0.0.1:8080/eai', { fetch: probe })).ok).toBe(true);
  });

  it('says "not a Siebel EAI endpoint" for an HTML page', async () => {
    const result = await testConnection(URL_OK, {
      fetch: answer('<!DOCTYPE html><html><body>Login</body></html>', { headers: { 'Content-Type': 'text/html' } }),
    });
    expect(result).toMatchObject({ ok: false, problem: 'notSiebel' });
    expect(result.message).toMatch(/web page, not SOAP/);
  });

  it('says "not a Siebel EAI endpoint" for a 404', async () => {
    expect(
      await testConnection(URL_OK, {
        fetch: answer('Not Found', { status: 404, headers: { 'Content-Type': 'text/plain' } }),
      }),
    ).toMatchObject({ problem: 'notSiebel' });
  });

  it('names DNS and TLS failures when the runtime tells them', async () => {
    const dns = vi.fn<typeof fetch>(async () => Promise.reject(networkFailure('ENOTFOUND')));
    expect(await testConnection(URL_OK, { fetch: dns })).toMatchObject({
      problem: 'unreachable',
      message: expect.stringMatching(/crm\.example\.com was not found \(DNS\)/),
    });
    const tls = vi.fn<typeof fetch>(async () => Promise.reject(networkFailure('CERT_HAS_EXPIRED')));
    expect(await testConnection(URL_OK, { fetch: tls })).toMatchObject({
      problem: 'tls',
      message: expect.stringMatching(/certificate/),
    });
  });

  it('tells CORS from a dead server by an opaque no-cors request', async () => {
    const cors = vi.fn<typeof fetch>(async (_url, init) =>
      init?.mode === 'no-cors' ? new Response(null) : Promise.reject(networkFailure()),
    );
    expect(await testConnection(URL_OK, { fetch: cors })).toMatchObject({
      problem: 'cors',
      message: expect.stringMatching(/\(CORS\)/),
    });
    const down = vi.fn<typeof fetch>(async () => Promise.reject(networkFailure()));
    expect(await testConnection(URL_OK, { fetch: down })).toMatchObject({
      problem: 'unreachable',
      message: expect.stringMatching(/Could not connect/),
    });
  });
});
