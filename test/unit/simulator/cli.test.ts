import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../src/simulator/cli/parseCliArgs';

describe('simulator command line', () => {
  it('reads port, accounts, latency, fail rate and session timeout', () => {
    const config = parseCliArgs(['--port', '0', '--accounts', '5000', '--latency', '200', '--fail-rate', '0.1', '--fail-status', '502', '--session-timeout', '60']);
    expect(config.port).toBe(0);
    expect(config.options).toMatchObject({ data: { accounts: 5000 }, sessionTokenTimeoutSeconds: 60 });
    expect(config.faults).toEqual([
      { kind: 'latency', ms: 200, times: Infinity },
      { kind: 'http', status: 502, times: Infinity, probability: 0.1 },
    ]);
  });

  it('spreads --records over accounts with the per-account ratios', () => {
    expect(parseCliArgs(['--records', '1000000']).options.data).toEqual({ accounts: 111111 });
  });

  it('refuses a bad value naming the flag', () => {
    expect(() => parseCliArgs(['--accounts', 'many'])).toThrow(/--accounts/);
    expect(() => parseCliArgs(['--fail-rate', '0.5', '--fail-status', '404'])).toThrow(/--fail-status/);
  });
});
