import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, startSimulatorServer, type Simulator, type SimulatorServer } from '../../../src/simulator';
import { simulatorHandlers } from '../../support/simulatorMsw';
import { canonicalXml, textOf } from './support/canonicalXml';
import { envelope, metadataBody } from './support/soap';

const loginXml = envelope({ user: 'JSMITH', password: 'Welcome1', sessionType: 'Stateless' }, metadataBody());
const soapPost = (body: string, signal?: AbortSignal): RequestInit => ({
  method: 'POST',
  body,
  headers: { 'Content-Type': 'text/xml; charset=UTF-8' },
  signal,
});

describe('simulator over msw', () => {
  const simulator: Simulator = createSimulator({ data: { accounts: 2 } });
  const server = setupServer(...simulatorHandlers(simulator));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => simulator.faults.clear());
  afterAll(() => {
    simulator.close();
    server.close();
  });

  it('answers fetch on both endpoint paths', async () => {
    for (const path of ['/siebel/app/eai/enu/swe', '/eai_enu/start.swe']) {
      const response = await fetch(
        `https://siebel.test${path}?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1`,
        soapPost(loginXml),
      );
      expect(response.status).toBe(200);
      expect(textOf(canonicalXml(await response.text()), 'packageId')).toBe('1-PKG-SALES');
    }
  });

  it('turns a drop into a network error of fetch', async () => {
    simulator.faults.add({ kind: 'drop' });
    await expect(fetch('https://siebel.test/eai_enu/start.swe?WSSOAP=1', soapPost(loginXml))).rejects.toThrow();
  });

  it('fails reading the body of a page dropped half-way', async () => {
    simulator.faults.add({ kind: 'drop', partial: true });
    const response = await fetch('https://siebel.test/eai_enu/start.swe?WSSOAP=1', soapPost(loginXml));
    await expect(response.text()).rejects.toThrow();
  });

  it('lets the client abort a hanging call', async () => {
    simulator.faults.add({ kind: 'hang' });
    const controller = new AbortController();
    const pending = fetch('https://siebel.test/eai_enu/start.swe?WSSOAP=1', soapPost(loginXml, controller.signal));
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toThrow();
  });
});

describe('simulator over real HTTP', () => {
  let simulator: Simulator;
  let http: SimulatorServer;
  beforeAll(async () => {
    simulator = createSimulator({ data: { accounts: 2 } });
    http = await startSimulatorServer(simulator, { port: 0 });
  });
  afterAll(() => http.close());

  it('answers a SOAP login over fetch on 127.0.0.1 with CORS headers for the caller origin', async () => {
    const response = await fetch(http.endpointUrl, {
      ...soapPost(loginXml),
      headers: { 'Content-Type': 'text/xml', Origin: 'https://addin.example' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://addin.example');
    expect(await response.text()).toContain('<containsFiles>true</containsFiles>');
  });

  it('answers the CORS preflight', async () => {
    const response = await fetch(http.endpointUrl, {
      method: 'OPTIONS',
      headers: { Origin: 'https://addin.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toBe('Content-Type, SOAPAction');
  });

  it('drives faults, data and state through the JSON admin API', async () => {
    const admin = (action: string, body?: unknown) =>
      fetch(
        `${http.url}/simulator/admin/${action}`,
        body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) },
      ).then(async (r) => ({ status: r.status, json: await r.json() }));
    expect(
      (await admin('faults', { rules: [{ kind: 'http', status: 503, times: 'Infinity' }] })).json.faults[0].times,
    ).toBe('Infinity');
    expect((await fetch(http.endpointUrl, soapPost(loginXml))).status).toBe(503);
    await admin('faults', { clear: true });
    const created = await admin('data', { op: 'create', typeId: 'Account', fields: { Name: 'Via Admin' } });
    expect(simulator.data.get('Account', created.json.Id)?.Name).toBe('Via Admin');
    expect((await admin('publish', { key: 'sales-rep', change: { kind: 'ui' } })).json.version).toBe('1.1.0');
    const state = await admin('state');
    expect(state.json.packages[0]).toMatchObject({ key: 'sales-rep', version: '1.1.0' });
    expect((await admin('nope', {})).status).toBe(404);
    await admin('reset', {});
    expect(simulator.data.get('Account', created.json.Id)).toBeUndefined();
  });

  it('destroys the socket on a drop', async () => {
    simulator.faults.add({ kind: 'drop' });
    await expect(fetch(http.endpointUrl, soapPost(loginXml))).rejects.toThrow();
  });
});
