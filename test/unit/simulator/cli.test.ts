import { describe, expect, it } from 'vitest';
import { SimulatorOptionError } from '../../../src/simulator';
import { CLI_HELP, parseCliArgs } from '../../../src/simulator/cli/parseCliArgs';

describe('simulator command line', () => {
  it('reads port, accounts, latency, fail rate and session timeout', () => {
    const config = parseCliArgs([
      '--port',
      '0',
      '--accounts',
      '5000',
      '--latency',
      '200',
      '--fail-rate',
      '0.1',
      '--fail-status',
      '502',
      '--session-timeout',
      '60',
    ]);
    expect(config.port).toBe(0);
    expect(config.options).toMatchObject({
      data: { accounts: 5000 },
      sessionTokenTimeoutSeconds: 60,
      latency: { fixedMs: 200, jitterMs: 0 },
    });
    expect(config.faults).toEqual([{ kind: 'http', status: 502, times: Infinity, probability: 0.1 }]);
  });

  it('spreads --records over accounts with the per-account ratios', () => {
    expect(parseCliArgs(['--records', '1000000']).options.data).toEqual({ accounts: 111111 });
  });

  it('reads the wire profile, page limit and server clock flags', () => {
    const config = parseCliArgs([
      '--message-shape',
      'siebelMessage',
      '--query-criteria',
      'searchSpecArgument',
      '--operation-namespace',
      'http://siebel.com/CustomUI',
      '--maximum-page-size',
      '1000',
      '--clock-offset',
      '-3600000',
      '--time-zone',
      'Europe/Berlin',
    ]);
    expect(config.options).toMatchObject({
      wire: {
        messageShape: 'siebelMessage',
        queryCriteria: 'searchSpecArgument',
        operationNamespace: 'http://siebel.com/CustomUI',
      },
      maximumPageSize: 1000,
      clockOffsetMs: -3_600_000,
      timeZone: 'Europe/Berlin',
    });
    expect(parseCliArgs([]).options).not.toHaveProperty('wire');
  });

  it('lists every flag in --help', () => {
    for (const flag of [
      '--profile',
      '--latency',
      '--jitter',
      '--max-sessions-per-user',
      '--message-shape',
      '--query-criteria',
      '--operation-namespace',
      '--maximum-page-size',
      '--clock-offset',
      '--time-zone',
      '--records',
    ]) {
      expect(CLI_HELP).toContain(flag);
    }
    expect(parseCliArgs(['--help']).help).toBe(true);
  });

  it('refuses a bad wire, page limit or clock value naming the flag', () => {
    const flags: Array<[string, string]> = [
      ['--message-shape', 'wrapped'],
      ['--query-criteria', 'sql'],
      ['--maximum-page-size', '0'],
      ['--clock-offset', 'soon'],
      ['--time-zone', 'Mars/Olympus'],
    ];
    for (const [flag, value] of flags) {
      expect(() => parseCliArgs([flag, value])).toThrow(SimulatorOptionError);
      expect(() => parseCliArgs([flag, value])).toThrow(flag);
    }
  });

  it('refuses a bad value naming the flag', () => {
    expect(() => parseCliArgs(['--accounts', 'many'])).toThrow(/--accounts/);
    expect(() => parseCliArgs(['--fail-rate', '0.5', '--fail-status', '404'])).toThrow(/--fail-status/);
  });
});
