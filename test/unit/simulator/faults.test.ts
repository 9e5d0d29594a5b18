import { describe, expect, it } from 'vitest';
import { createSimulator, isSimulatedDrop, type FaultRule } from '../../../src/simulator';
import { ManualClock } from '../../support/ManualClock';
import { ENDPOINT, call, envelope, login, metadataBody, queryBody } from './support/soap';

const metadataCall = (token: string) => envelope({ sessionType: 'Stateless', token }, metadataBody());
const post = (xml: string, signal?: AbortSignal) => new Request(ENDPOINT, { method: 'POST', body: xml, signal });

async function setup(rule: FaultRule) {
  const simulator = createSimulator({ data: { accounts: 3 } });
  const token = await login(simulator);
  simulator.faults.add(rule);
  return { simulator, token };
}

describe('fault injection', () => {
  it('delays a call by the latency of the rule', async () => {
    const clock = new ManualClock();
    const simulator = createSimulator({ clock });
    const token = await login(simulator);
    simulator.faults.add({ kind: 'latency', ms: 5_000 });
    let done = false;
    const pending = simulator.handle(post(metadataCall(token))).then((r) => ((done = true), r));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    await clock.advance(5_000);
    expect((await pending).status).toBe(200);
  });

  it.each([500, 502, 503] as const)('answers a proxy error page with HTTP %i', async (status) => {
    const { simulator, token } = await setup({ kind: 'http', status });
    const response = await simulator.handle(post(metadataCall(token)));
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('<html>');
  });

  it('drops the connection (throws SimulatedDrop) and then answers normally', async () => {
    const { simulator, token } = await setup({ kind: 'drop' });
    await expect(simulator.handle(post(metadataCall(token)))).rejects.toSatisfy(isSimulatedDrop);
    expect((await simulator.handle(post(metadataCall(token)))).status).toBe(200);
  });

  it('drops in the middle of a page with the first half of the real answer', async () => {
    const { simulator, token } = await setup({ kind: 'drop', partial: true });
    const error = await simulator.handle(post(metadataCall(token))).catch((e: unknown) => e);
    expect(isSimulatedDrop(error) && error.partial?.body.startsWith('<?xml')).toBe(true);
  });

  it('hangs until the client aborts', async () => {
    const { simulator, token } = await setup({ kind: 'hang' });
    const controller = new AbortController();
    const pending = simulator.handle(post(metadataCall(token), controller.signal));
    controller.abort();
    await expect(pending).rejects.toSatisfy(isSimulatedDrop);
  });

  it('answers an injected SOAP fault with the given code and message', async () => {
    const { simulator, token } = await setup({ kind: 'soapFault', code: 'SBL-DAT-00225', message: 'Not in picklist' });
    const answer = await call(simulator, metadataCall(token));
    expect(answer.status).toBe(500);
    expect(answer.errorCodes).toEqual(['SBL-DAT-00225']);
    expect(answer.text).toContain('Not in picklist(SBL-DAT-00225)');
  });

  it.each([
    ['malformed', (text: string) => expect(text).toContain('&undefined;')],
    ['truncated', (text: string) => expect(text.endsWith('</SOAP-ENV:Envelope>')).toBe(false)],
    ['empty', (text: string) => expect(text).toBe('')],
    ['html', (text: string) => expect(text).toContain('Siebel Login')],
    ['wrongShape', (text: string) => expect(text).toContain('UnexpectedOperation_Output')],
  ] as const)('answers 200 with a %s body', async (kind, check) => {
    const { simulator, token } = await setup({ kind } as FaultRule);
    const response = await simulator.handle(post(metadataCall(token)));
    expect(response.status).toBe(200);
    check(await response.text());
  });

  it('answers the real body with a wrong content type', async () => {
    const { simulator, token } = await setup({ kind: 'wrongContentType' });
    const response = await simulator.handle(post(metadataCall(token)));
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toContain('DownloadMetadataFiles_Output');
  });

  it('expires the session of the call before it runs', async () => {
    const { simulator, token } = await setup({ kind: 'expireSession' });
    const answer = await call(simulator, metadataCall(token));
    expect(answer.errorCodes).toEqual(['10944642']);
    expect(simulator.openSessionCount()).toBe(0);
  });

  it('loses all sessions on a restart rule', async () => {
    const { simulator, token } = await setup({ kind: 'restart' });
    await login(simulator, 'MJONES');
    expect(simulator.openSessionCount()).toBe(1); // the restart hit before MJONES logged in
    expect((await call(simulator, metadataCall(token))).errorCodes).toEqual(['10944642']);
  });

  it('fires only on the Nth call of the named operation, the given number of times', async () => {
    const { simulator, token } = await setup({
      kind: 'http',
      status: 503,
      operation: 'QueryPage',
      onCall: 2,
      times: 2,
    });
    const query = envelope({ sessionType: 'Stateless', token }, queryBody());
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await simulator.handle(post(query))).status);
    statuses.push((await simulator.handle(post(metadataCall(token)))).status);
    expect(statuses).toEqual([200, 503, 503, 200, 200]);
  });

  it('keeps a rule with times Infinity until the faults are cleared', async () => {
    const { simulator, token } = await setup({ kind: 'empty', times: Infinity });
    for (let i = 0; i < 3; i += 1) expect(await (await simulator.handle(post(metadataCall(token)))).text()).toBe('');
    simulator.faults.clear();
    expect((await simulator.handle(post(metadataCall(token)))).status).toBe(200);
  });

  it('fires with the given probability from the injected random source', async () => {
    const values = [0.05, 0.5, 0.2, 0.9];
    const simulator = createSimulator({ random: () => values.shift() ?? 1 });
    const token = await login(simulator);
    simulator.faults.add({ kind: 'http', status: 502, times: Infinity, probability: 0.3 });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await simulator.handle(post(metadataCall(token)))).status);
    expect(statuses).toEqual([502, 200, 502, 200]);
  });
});
