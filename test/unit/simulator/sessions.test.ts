import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../src/simulator';
import { ManualClock } from '../../support/ManualClock';
import { textOf } from './support/canonicalXml';
import { call, envelope, login, metadataBody } from './support/soap';

const tokenCall = (token: string, sessionType = 'Stateless') => envelope({ sessionType, token }, metadataBody());

describe('simulator sessions', () => {
  it('logs in with credentials and SessionType=Stateless and returns a token in the header', async () => {
    const simulator = createSimulator();
    const answer = await call(
      simulator,
      envelope({ user: 'JSMITH', password: 'Welcome1', sessionType: 'Stateless' }, metadataBody()),
    );
    expect(answer.status).toBe(200);
    expect(answer.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(answer.text).toContain('<siebel-header:SessionToken xmlns:siebel-header="http://siebel.com/webservices">');
    expect(simulator.openSessionCount()).toBe(1);
    expect(simulator.counters().logins).toBe(1);
  });

  it('accepts a lower-case login ID, SessionType value and prefixed header namespace', async () => {
    const simulator = createSimulator();
    const xml = `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:h="http://siebel.com/webservices"><s:Header><h:UsernameToken>jsmith</h:UsernameToken><h:PasswordText>Welcome1</h:PasswordText><h:SessionType>sTaTeLeSs</h:SessionType></s:Header><s:Body><m:DownloadMetadataFiles_Input xmlns:m="http://siebel.com/asi/"><packageId/><responsibilityId/><hashValue/></m:DownloadMetadataFiles_Input></s:Body></s:Envelope>`;
    const answer = await call(simulator, xml);
    expect(answer.status).toBe(200);
    expect(answer.token).toBeDefined();
  });

  it('returns a new token on every call and keeps older tokens of the session working', async () => {
    const simulator = createSimulator();
    const first = await login(simulator);
    const second = (await call(simulator, tokenCall(first))).token!;
    const third = (await call(simulator, tokenCall(second))).token!;
    expect(new Set([first, second, third]).size).toBe(3);
    const again = await call(simulator, tokenCall(first));
    expect(again.status).toBe(200);
    expect(simulator.openSessionCount()).toBe(1);
  });

  it('runs a SessionType=None call with a token and then logs the session off', async () => {
    const simulator = createSimulator();
    const token = await login(simulator);
    const logoff = await call(simulator, tokenCall(token, 'None'));
    expect(logoff.status).toBe(200);
    expect(logoff.token).toBeUndefined();
    expect(simulator.openSessionCount()).toBe(0);
    expect(simulator.counters().logoffs).toBe(1);
    const after = await call(simulator, tokenCall(token));
    expect(after.errorCodes).toEqual(['10944642']);
  });

  it('logs off on SessionType=None even when the operation faults', async () => {
    const simulator = createSimulator();
    const token = await login(simulator);
    const answer = await call(simulator, envelope({ sessionType: 'None', token }, '<cus:Nope_Input/>'));
    expect(answer.status).toBe(500);
    expect(simulator.openSessionCount()).toBe(0);
  });

  it('treats a missing SessionType as None: credentials run one call without leaving a session', async () => {
    const simulator = createSimulator();
    const answer = await call(simulator, envelope({ user: 'JSMITH', password: 'Welcome1' }, metadataBody()));
    expect(answer.status).toBe(200);
    expect(answer.token).toBeUndefined();
    expect(simulator.openSessionCount()).toBe(0);
  });

  it('rejects a token idle for longer than SessionTokenTimeout', async () => {
    const clock = new ManualClock();
    const simulator = createSimulator({ clock, sessionTokenTimeoutSeconds: 60 });
    const token = await login(simulator);
    await clock.advance(59_000);
    const fresh = (await call(simulator, tokenCall(token))).token!;
    await clock.advance(60_001);
    const answer = await call(simulator, tokenCall(fresh));
    expect(answer.errorCodes).toEqual(['10944642']);
    expect(simulator.counters().expiredSessions).toBe(1);
    expect(simulator.openSessionCount()).toBe(0);
  });

  it('rejects a session older than SessionTokenMaxAge even when used all the time', async () => {
    const clock = new ManualClock();
    const simulator = createSimulator({ clock, sessionTokenMaxAgeMinutes: 10 });
    let token = await login(simulator);
    for (let minute = 0; minute < 10; minute += 1) {
      await clock.advance(60_000);
      token = (await call(simulator, tokenCall(token))).token!;
    }
    await clock.advance(1_000);
    expect((await call(simulator, tokenCall(token))).errorCodes).toEqual(['10944642']);
  });

  it('uses the default timeouts of 900 s idle', async () => {
    const clock = new ManualClock();
    const simulator = createSimulator({ clock });
    const token = await login(simulator);
    await clock.advance(900_000);
    const ok = await call(simulator, tokenCall(token));
    expect(ok.status).toBe(200);
    await clock.advance(900_001);
    expect((await call(simulator, tokenCall(ok.token!))).status).toBe(500);
  });

  it('answers bad credentials with SBL-SEC-10018 and opens no session', async () => {
    const simulator = createSimulator();
    for (const [user, password] of [
      ['JSMITH', 'welcome1'],
      ['NOBODY', 'Welcome1'],
    ]) {
      const answer = await call(simulator, envelope({ user, password, sessionType: 'Stateless' }, metadataBody()));
      expect(answer.status).toBe(500);
      expect(answer.faultCode).toBe('SOAP-ENV:Server');
      expect(answer.errorCodes).toEqual(['SBL-SEC-10018']);
    }
    expect(simulator.openSessionCount()).toBe(0);
    expect(simulator.counters().failedLogins).toBe(2);
  });

  it('refuses an anonymous call without credentials or token with the session token fault', async () => {
    const simulator = createSimulator();
    const answer = await call(simulator, envelope({ sessionType: 'Stateless' }, metadataBody()));
    expect(answer.errorCodes).toEqual(['10944642']);
    expect(simulator.counters()).toMatchObject({ failedLogins: 0, rejectedTokens: 1 });
  });

  it('answers a rejected token with the 10944642 text of field evidence, without a code appended', async () => {
    const simulator = createSimulator();
    const answer = await call(simulator, tokenCall('no-such-token'));
    const text =
      'Error Code: 10944642 Error Message: Error: Inbound SOAP Message - Session Token is missing or invalid or has expired';
    expect(answer.status).toBe(500);
    expect(answer.faultCode).toBe('SOAP-ENV:Server');
    expect(textOf(answer.tree, 'faultstring')).toBe(text);
    expect(textOf(answer.tree, 'errormsg')).toBe(text);
    expect(answer.text).not.toContain('SBL-EAI-04601');
  });

  it('lets a valid token win over credentials and falls back to credentials for an invalid one', async () => {
    const simulator = createSimulator();
    const token = await login(simulator);
    const withBoth = await call(
      simulator,
      envelope({ user: 'JSMITH', password: 'wrong', sessionType: 'Stateless', token }, metadataBody()),
    );
    expect(withBoth.status).toBe(200);
    expect(simulator.counters().logins).toBe(1);
    const fallback = await call(
      simulator,
      envelope({ user: 'JSMITH', password: 'Welcome1', sessionType: 'Stateless', token: 'stale' }, metadataBody()),
    );
    expect(fallback.status).toBe(200);
    expect(simulator.counters().logins).toBe(2);
    expect(simulator.openSessionCount()).toBe(2);
  });

  it('counts calls per operation', async () => {
    const simulator = createSimulator({ data: { accounts: 2 } });
    const token = await login(simulator);
    await call(simulator, tokenCall(token));
    expect(simulator.counters().calls).toEqual({ DownloadMetadataFiles: 2 });
  });

  it('loses every session on admin.restart()', async () => {
    const simulator = createSimulator();
    const token = await login(simulator);
    await login(simulator, 'MJONES');
    simulator.admin.restart();
    expect(simulator.openSessionCount()).toBe(0);
    expect((await call(simulator, tokenCall(token))).errorCodes).toEqual(['10944642']);
  });
});
