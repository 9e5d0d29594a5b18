import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { testConnection } from '../../../src/sync';
import { createFaultWorld, useFaultWorld } from '../../faults/support/faultWorld';

useFaultWorld();

const PATH = '/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1';

describe('the Siebel server URL at the sync entry point (engine.synchronize)', () => {
  it.each([
    ['plain http to a remote host', `http://siebel.test${PATH}`, /https/],
    ['credentials in the URL', `https://JSMITH:Welcome1@siebel.test${PATH}`, /user name or password/],
    ['a user name alone in the URL', `https://JSMITH@siebel.test${PATH}`, /user name or password/],
    ['another scheme', `ftp://siebel.test${PATH}`, /https/],
    ['text that is no URL', 'siebel.test', /not a web address/],
  ])(
    'refuses %s before any request, with InvalidServerUrl and without echoing secrets',
    async (_, endpointUrl, message) => {
      const world = await createFaultWorld();
      const report = await world.engine().synchronize({ connection: { ...world.connection(), endpointUrl } });
      expect(report).toMatchObject({ outcome: 'failed', error: { code: 'InvalidServerUrl' } });
      expect(report.error?.message).toMatch(message);
      expect(report.error?.message).toMatch(/ — /);
      expect(report.error?.message).not.toContain('Welcome1');
      expect(world.simulator.counters().logins + world.simulator.counters().failedLogins).toBe(0);
      expect(world.simulator.openSessionCount()).toBe(0);
    },
  );

  it.each(['http://localhost:1', 'http://127.0.0.1:1', 'http://[::1]:1'])(
    'lets plain http through for the loopback address %s',
    async (origin) => {
      const world = await createFaultWorld();
      world.use(http.post(new RegExp(`^${origin.replace(/[[\].]/g, '\\$&')}/`), () => HttpResponse.error()));
      const report = await world
        .engine()
        .synchronize({ connection: { ...world.connection(), endpointUrl: `${origin}${PATH}` } });
      // Nothing listens there: the failure is the connection, not the URL.
      expect(report.outcome).toBe('failed');
      expect(report.error?.code).not.toBe('InvalidServerUrl');
    },
  );
});

describe('the Siebel server URL at the UI entry point (testConnection, used by the task pane wizard)', () => {
  it('refuses plain http and credentials in the URL without sending anything', async () => {
    let requests = 0;
    const fetchSpy: typeof fetch = async () => {
      requests++;
      throw new TypeError('must not be called');
    };
    const http = await testConnection(`http://crm.example.com${PATH}`, { fetch: fetchSpy });
    const withCredentials = await testConnection(`https://JSMITH:Welcome1@crm.example.com${PATH}`, { fetch: fetchSpy });
    expect(http).toMatchObject({ ok: false, problem: 'invalidUrl' });
    expect(withCredentials).toMatchObject({ ok: false, problem: 'invalidUrl' });
    expect(withCredentials.message).not.toContain('Welcome1');
    expect(requests).toBe(0);
  });
});
