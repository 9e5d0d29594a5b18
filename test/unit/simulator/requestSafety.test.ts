import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../src/simulator';
import { call, envelope, login, metadataBody } from './support/soap';

const classic = 'https://siebel.test/eai_deu/start.swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1';

describe('simulator request handling', () => {
  it('refuses a DOCTYPE with a Client fault before expanding any entity', async () => {
    const simulator = createSimulator();
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>${envelope({ user: 'JSMITH', password: 'Welcome1' }, '<x>&lol2;</x>')}`;
    const answer = await call(simulator, bomb);
    expect(answer.status).toBe(500);
    expect(answer.faultCode).toBe('SOAP-ENV:Client');
    expect(answer.text).toContain('Document type declarations are not accepted');
    expect(simulator.counters().logins).toBe(0);
  });

  it('answers unreadable XML with a Client fault', async () => {
    const simulator = createSimulator();
    for (const garbage of ['', 'not xml at all', '<a><b></a>', '\u0000\u0001binary', '<Envelope/>']) {
      const answer = await call(simulator, garbage);
      expect(answer.status).toBe(500);
      expect(answer.faultCode).toBe('SOAP-ENV:Client');
    }
  });

  it('refuses a body over the size cap with a Server fault', async () => {
    const simulator = createSimulator({ maxRequestBytes: 1024 });
    const big = envelope(
      { user: 'JSMITH', password: 'Welcome1', sessionType: 'Stateless' },
      `<cus:X_Input>${'x'.repeat(2000)}</cus:X_Input>`,
    );
    const answer = await call(simulator, big);
    expect(answer.status).toBe(500);
    expect(answer.faultCode).toBe('SOAP-ENV:Server');
    expect(answer.errorCodes).toEqual(['SBL-EAI-04312']);
  });

  it('answers an unknown operation with SBL-EAI-04313', async () => {
    const simulator = createSimulator();
    const answer = await call(
      simulator,
      envelope({ token: await login(simulator), sessionType: 'Stateless' }, '<cus:Ping_Input/>'),
    );
    expect(answer.status).toBe(500);
    expect(answer.errorCodes).toEqual(['SBL-EAI-04313']);
  });

  it('answers a call without WSSOAP=1 with a fault, because the session headers are ignored', async () => {
    const simulator = createSimulator();
    const url = 'https://siebel.test/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute';
    const answer = await call(
      simulator,
      envelope({ user: 'JSMITH', password: 'Welcome1', sessionType: 'Stateless' }, metadataBody()),
      url,
    );
    expect(answer.status).toBe(500);
    expect(answer.errorCodes).toEqual(['SBL-UIF-00348']);
  });

  it('serves the classic eai_<lang>/start.swe path too', async () => {
    const simulator = createSimulator();
    const answer = await call(
      simulator,
      envelope({ user: 'JSMITH', password: 'Welcome1', sessionType: 'Stateless' }, metadataBody()),
      classic,
    );
    expect(answer.status).toBe(200);
  });

  it('reads CDATA, comments, entity references and whitespace in the request', async () => {
    const simulator = createSimulator();
    const xml = `<?xml version="1.0"?>\n<!-- a comment -->\n<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">\n  <soap:Header>\n    <UsernameToken xmlns="http://siebel.com/webservices"><![CDATA[JSMITH]]></UsernameToken>\n    <PasswordText xmlns="http://siebel.com/webservices">Welcome&#49;</PasswordText>\n    <SessionType xmlns="http://siebel.com/webservices"> Stateless </SessionType>\n  </soap:Header>\n  <soap:Body>\n    <!-- the operation -->\n    <DownloadMetadataFiles_Input xmlns="http://siebel.com/asi/"><packageId/><responsibilityId/><hashValue/></DownloadMetadataFiles_Input>\n  </soap:Body>\n</soap:Envelope>`;
    const answer = await call(simulator, xml);
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('<containsFiles>true</containsFiles>');
  });

  it('answers 404 for other paths and 405 for other methods', async () => {
    const simulator = createSimulator();
    expect(
      (await simulator.handle(new Request('https://siebel.test/other', { method: 'POST', body: 'x' }))).status,
    ).toBe(404);
    expect((await simulator.handle(new Request(classic, { method: 'GET' }))).status).toBe(405);
  });
});
