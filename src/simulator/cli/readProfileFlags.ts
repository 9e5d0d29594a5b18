import { checkMaxSessionsPerUser } from '../profile/checkMaxSessionsPerUser';
import { SIMULATOR_PROFILES, type SimulatorProfile } from '../profile/simulatorProfiles';
import { SimulatorOptionError } from '../SimulatorOptionError';

/** Help lines of the flags read here (part of `CLI_HELP`). */
export const PROFILE_FLAGS_HELP = `  --profile <p>          instant (default: answers at once, no session bound) or field (150–200 ms a call,
                         MaximumPageSize 100, 4 sessions a user); the flags below and --maximum-page-size override it
  --latency <ms>         time the server takes over every call (default 0)
  --jitter <ms>          up to this much more per call, at random (default 0)
  --max-sessions-per-user <n|unbounded>  open sessions a user may hold; one more login is refused with SBL-SMI-00114 (default unbounded)`;

/**
 * The profile named by `--profile`, with `--latency`, `--jitter` and `--max-sessions-per-user` laid
 * over it (only what is given or comes from the profile). `--max-sessions-per-user unbounded` lifts a profile's bound.
 */
export function readProfileFlags(values: ReadonlyMap<string, string>): SimulatorProfile {
  const profile = readProfile(values.get('profile'));
  const options: { -readonly [K in keyof SimulatorProfile]: SimulatorProfile[K] } = { ...profile };
  const fixedMs = milliseconds(values, 'latency');
  const jitterMs = milliseconds(values, 'jitter');
  if (fixedMs !== undefined || jitterMs !== undefined) {
    options.latency = {
      fixedMs: fixedMs ?? profile.latency?.fixedMs ?? 0,
      jitterMs: jitterMs ?? profile.latency?.jitterMs ?? 0,
    };
  }
  const bound = values.get('max-sessions-per-user');
  if (bound !== undefined) options.maxSessionsPerUser = sessionBound(bound);
  return options;
}

function readProfile(name: string | undefined): SimulatorProfile {
  if (name === undefined) return {};
  if (!Object.hasOwn(SIMULATOR_PROFILES, name)) {
    throw new SimulatorOptionError(
      '--profile',
      `--profile must be ${Object.keys(SIMULATOR_PROFILES).join(' or ')}, not "${name}"`,
    );
  }
  return SIMULATOR_PROFILES[name as keyof typeof SIMULATOR_PROFILES];
}

function milliseconds(values: ReadonlyMap<string, string>, flag: string): number | undefined {
  const text = values.get(flag);
  if (text === undefined) return undefined;
  const ms = Number(text);
  if (text.trim() === '' || !Number.isFinite(ms) || ms < 0)
    throw new SimulatorOptionError(`--${flag}`, `--${flag} needs a number of ms, 0 or more, not "${text}"`);
  return ms;
}

function sessionBound(text: string): number {
  if (text === 'unbounded') return Infinity;
  const value = Number(text);
  try {
    return checkMaxSessionsPerUser(text.trim() === '' ? Number.NaN : value, '--max-sessions-per-user');
  } catch {
    throw new SimulatorOptionError(
      '--max-sessions-per-user',
      `--max-sessions-per-user needs a positive integer or "unbounded", not "${text}"`,
    );
  }
}
