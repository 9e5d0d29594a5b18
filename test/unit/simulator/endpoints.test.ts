import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../src/simulator';
import { isEaiPath } from '../../../src/simulator/http/parseEndpoint';
import { call, envelope, metadataBody } from './support/soap';

const QUERY = '?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1';
const loginXml = envelope({ user: 'JSMITH', password: 'Welcome1', sessionType: 'Stateless' }, metadataBody());

describe('simulator endpoint paths (field evidence §3)', () => {
  it.each([
    '/siebel/app/eai/enu/swe',
    '/siebel/app/eai/enu',
    '/siebel/app/eai/deu/swe/',
    '/siebel/app/eai_custom/enu',
    '/siebel/app/eai_anything.v2/fra/swe',
    '/eai_enu/start.swe',
    '/eai/enu/start.swe',
  ])('answers SOAP on %s', async (path) => {
    const simulator = createSimulator();
    expect(isEaiPath(path)).toBe(true);
    const answer = await call(simulator, loginXml, `https://siebel.test${path}${QUERY}`);
    expect(answer.status).toBe(200);
    expect(answer.token).toBeDefined();
  });

  it.each([
    '/siebel/app/callcenter/enu',
    '/siebel/app/eai/enu/swe/extra',
    '/siebel/app/eai_/enu',
    '/siebel/eai/enu',
    '/eai_enu/other.swe',
  ])('answers 404 on %s', async (path) => {
    const simulator = createSimulator();
    expect(isEaiPath(path)).toBe(false);
    const response = await simulator.handle(
      new Request(`https://siebel.test${path}${QUERY}`, { method: 'POST', body: loginXml }),
    );
    expect(response.status).toBe(404);
  });
});
