import type { SimulatorLatency } from './SimulatorLatency';

/** The options that make a server fast or field-like: per-call latency, page limit, sessions per user. */
export interface SimulatorProfile {
  readonly latency?: SimulatorLatency;
  readonly maximumPageSize?: number;
  readonly maxSessionsPerUser?: number;
}

/**
 * The simulator's defaults spelled out: answers at once, `MaximumPageSize` 100, no bound on
 * sessions. For unit and integration tests, where waiting measures nothing.
 */
export const INSTANT_PROFILE: SimulatorProfile = Object.freeze({ maximumPageSize: 100 });

/**
 * A server as a client meets it in the field: 150–200 ms per EAI call (real object managers take
 * 100–300 ms), `MaximumPageSize` 100 (the shipped default) and at most 4 sessions per user.
 *
 * @example
 * const simulator = createSimulator({ ...FIELD_PROFILE, data: { accounts: 200 } });
 */
export const FIELD_PROFILE: SimulatorProfile = Object.freeze({
  latency: Object.freeze({ fixedMs: 150, jitterMs: 50 }),
  maximumPageSize: 100,
  maxSessionsPerUser: 4,
});

/** The profiles by the name `--profile` takes. */
export const SIMULATOR_PROFILES: Readonly<Record<'instant' | 'field', SimulatorProfile>> = Object.freeze({
  instant: INSTANT_PROFILE,
  field: FIELD_PROFILE,
});
