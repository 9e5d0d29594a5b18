import { optionsForRecords } from '../data/DataLayout';
import { SimulatorOptionError } from '../SimulatorOptionError';
import type { FaultRule, SimulatorOptions } from '../types';
import { PROFILE_FLAGS_HELP, readProfileFlags } from './readProfileFlags';
import { readServerFlags, SERVER_FLAGS_HELP } from './readServerFlags';

/** What the command line asks for. */
export interface CliConfig {
  readonly port: number;
  readonly host: string;
  readonly options: SimulatorOptions;
  readonly faults: readonly FaultRule[];
  readonly help: boolean;
}

/** Help text of `npm run simulator -- --help`. */
export const CLI_HELP = `Siebel Server simulator
  --port <n>             port to listen on (default 7001; 0 = any free port)
  --host <h>             interface (default 127.0.0.1)
  --accounts <n>         accounts of the demo sales rep (default 50)
  --records <n>          about n records visible to the demo rep, spread over accounts, contacts, opportunities, activities
  --seed <n>             seed of the generated data
  --fail-rate <0..1>     share of calls that fail with --fail-status (default 503)
  --fail-status <code>   500, 502 or 503
  --session-timeout <s>  idle timeout of session tokens (default 900)
${PROFILE_FLAGS_HELP}
${SERVER_FLAGS_HELP}`;

/** Reads `--name value` pairs; throws `SimulatorOptionError` naming the flag on a bad value. */
export function parseCliArgs(argv: readonly string[]): CliConfig {
  const values = new Map<string, string>();
  let help = false;
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    if (flag === '--help' || flag === '-h') help = true;
    else if (flag.startsWith('--')) values.set(flag.slice(2), argv[++i] ?? '');
    else throw new SimulatorOptionError(flag, `Unexpected argument "${flag}" — see --help`);
  }
  const number = (name: string, fallback?: number): number | undefined => {
    if (!values.has(name)) return fallback;
    const value = Number(values.get(name));
    if (!Number.isFinite(value) || value < 0)
      throw new SimulatorOptionError(`--${name}`, `--${name} needs a non-negative number, not "${values.get(name)}"`);
    return value;
  };
  const seed = number('seed');
  const base = seed === undefined ? {} : { seed };
  const records = number('records');
  const data = records !== undefined ? optionsForRecords(records, base) : { ...base, accounts: number('accounts', 50) };
  const faults: FaultRule[] = [];
  const failRate = number('fail-rate');
  if (failRate) {
    const status = number('fail-status', 503);
    if (status !== 500 && status !== 502 && status !== 503)
      throw new SimulatorOptionError('--fail-status', `--fail-status must be 500, 502 or 503, not ${status}`);
    faults.push({ kind: 'http', status, times: Infinity, probability: failRate });
  }
  const timeout = number('session-timeout');
  return {
    port: number('port', 7001) ?? 7001,
    host: values.get('host') ?? '127.0.0.1',
    // Explicit flags (read last) override the profile's values.
    options: {
      data,
      ...(timeout === undefined ? {} : { sessionTokenTimeoutSeconds: timeout }),
      ...readProfileFlags(values),
      ...readServerFlags(values),
    },
    faults,
    help,
  };
}
