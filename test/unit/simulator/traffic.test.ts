import { describe, expect, it } from 'vitest';
import { createSimulator, type SimulatorClock } from '../../../src/simulator';
import { adminApi } from '../../../src/simulator/node/adminApi';
import { utf8ByteLength } from '../../../src/simulator/traffic/utf8ByteLength';
import { call, envelope, login, metadataBody, queryBody } from './support/soap';

const logoffCall = (token: string) => envelope({ sessionType: 'None', token }, metadataBody());
const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('simulator traffic counters', () => {
  it('counts requests, request and response bytes, logins, logoffs and calls per operation', async () => {
    const simulator = createSimulator({ data: { accounts: 3 } });
    const sent: string[] = [];
    const received: string[] = [];
    const send = async (xml: string) => {
      sent.push(xml);
      const answer = await call(simulator, xml);
      received.push(answer.text);
      return answer;
    };
    const first = await send(
      envelope({ user: 'JSMITH', password: 'Welcome1', sessionType: 'Stateless' }, metadataBody()),
    );
    const page = await send(envelope({ sessionType: 'Stateless', token: first.token }, queryBody({ pageSize: 10 })));
    await send(logoffCall(page.token!));

    const traffic = simulator.admin.traffic();
    expect(traffic).toMatchObject({
      requests: 3,
      logins: 1,
      logoffs: 1,
      peakSessions: 1,
      peakSessionsByUser: { JSMITH: 1 },
      errorResponses: 0,
    });
    expect(traffic.operations).toEqual({ DownloadMetadataFiles: 2, AccountQueryPage: 1 });
    expect(traffic.requestBytes).toBe(sent.reduce((n, xml) => n + bytes(xml), 0));
    expect(traffic.responseBytes).toBe(received.reduce((n, text) => n + bytes(text), 0));
  });

  it('records the peak of sessions open at once, per user and over all users, and keeps it after they close', async () => {
    const simulator = createSimulator();
    const tokens = [await login(simulator), await login(simulator), await login(simulator, 'TBROWN')];
    for (const token of tokens) await call(simulator, logoffCall(token));
    expect(simulator.admin.traffic()).toMatchObject({
      logins: 3,
      logoffs: 3,
      peakSessions: 3,
      peakSessionsByUser: { JSMITH: 2, TBROWN: 1 },
    });
    expect(simulator.openSessionCount()).toBe(0);
  });

  it('counts a refused login and a fault as requests with error answers, not as sessions', async () => {
    const simulator = createSimulator({ maxSessionsPerUser: 1 });
    await login(simulator);
    const refused = await call(
      simulator,
      envelope({ user: 'JSMITH', password: 'Welcome1', sessionType: 'Stateless' }, metadataBody()),
    );
    expect(refused.status).toBe(500);
    const wrong = await call(
      simulator,
      envelope({ user: 'JSMITH', password: 'nope', sessionType: 'Stateless' }, metadataBody()),
    );
    expect(wrong.status).toBe(500);
    expect(simulator.admin.traffic()).toMatchObject({ requests: 3, logins: 1, peakSessions: 1, errorResponses: 2 });
  });

  it('counts the requests being answered at once (latency included)', async () => {
    const wakers: Array<() => void> = [];
    const clock: SimulatorClock = {
      now: () => Date.UTC(2024, 0, 1),
      sleep: () => new Promise<void>((resolve) => wakers.push(resolve)),
    };
    const simulator = createSimulator({ clock, latency: { fixedMs: 150 } });
    const calls = [1, 2, 3].map(() =>
      call(simulator, envelope({ user: 'JSMITH', password: 'Welcome1', sessionType: 'Stateless' }, metadataBody())),
    );
    while (wakers.length < 3) await new Promise((resolve) => setTimeout(resolve, 1));
    expect(simulator.admin.traffic().requestsInFlight).toBe(3);
    for (const wake of wakers) wake();
    await Promise.all(calls);
    expect(simulator.admin.traffic()).toMatchObject({
      requests: 3,
      requestsInFlight: 0,
      peakRequestsInFlight: 3,
      logins: 3,
      peakSessions: 3,
    });
  });

  it('resets on its own (data, sessions and counters stay), and the peaks restart from the sessions still open', async () => {
    let now = Date.UTC(2024, 0, 1);
    const simulator = createSimulator({ clock: { now: () => now } });
    const token = await login(simulator);
    await login(simulator);
    const accounts = simulator.data.count('Account');
    now += 1_000;
    const before = simulator.admin.resetTraffic();
    expect(before).toMatchObject({ requests: 2, logins: 2, peakSessions: 2 });
    expect(simulator.admin.traffic()).toMatchObject({
      requests: 0,
      requestBytes: 0,
      responseBytes: 0,
      logins: 0,
      logoffs: 0,
      peakSessions: 2,
      operations: {},
      sinceMs: now,
    });
    expect(simulator.openSessionCount()).toBe(2);
    expect(simulator.counters().logins).toBe(2);
    expect(simulator.data.count('Account')).toBe(accounts);

    await call(simulator, logoffCall(token));
    expect(simulator.admin.traffic()).toMatchObject({ requests: 1, logoffs: 1, peakSessions: 2 });
    simulator.admin.reset();
    expect(simulator.admin.traffic()).toMatchObject({ requests: 0, logoffs: 0, peakSessions: 0 });
  });

  it('is readable and resettable through the Node admin API, and part of its state', async () => {
    const simulator = createSimulator();
    await login(simulator);
    expect(adminApi(simulator, 'GET', 'traffic', {})).toMatchObject({ status: 200, body: { requests: 1, logins: 1 } });
    expect(adminApi(simulator, 'GET', 'state', {})).toMatchObject({ status: 200, body: { traffic: { requests: 1 } } });
    expect(adminApi(simulator, 'POST', 'traffic', {})).toMatchObject({ status: 400 });
    expect(adminApi(simulator, 'POST', 'traffic', { reset: true })).toMatchObject({
      status: 200,
      body: { requests: 1 },
    });
    expect(adminApi(simulator, 'GET', 'traffic', {})).toMatchObject({
      status: 200,
      body: { requests: 0, peakSessions: 1 },
    });
  });

  it('measures UTF-8 bytes as an encoder would, surrogate pairs included', () => {
    for (const text of ['', 'plain', 'Müller', '東京', 'emoji 😀 pair', 'lone \ud800 surrogate'])
      expect(utf8ByteLength(text)).toBe(bytes(text));
  });
});
