import { SimulatorOptionError } from '../SimulatorOptionError';

/**
 * How long the object manager takes over every EAI call: `fixedMs` plus a share of `jitterMs`
 * drawn from the simulator's `random` (so a seeded random repeats the same delays).
 */
export interface SimulatorLatency {
  readonly fixedMs: number;
  /** Upper bound of the random extra delay; default 0. */
  readonly jitterMs?: number;
}

/** The latency if both parts are finite and not negative; else `SimulatorOptionError` naming the part. */
export function checkLatency(value: SimulatorLatency, option = 'latency'): SimulatorLatency {
  if (typeof value !== 'object' || value === null) {
    throw new SimulatorOptionError(option, `${option} must be { fixedMs, jitterMs? } in ms, not ${String(value)}`);
  }
  const { fixedMs, jitterMs = 0 } = value;
  for (const [part, ms] of [
    ['fixedMs', fixedMs],
    ['jitterMs', jitterMs],
  ] as const) {
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
      throw new SimulatorOptionError(
        `${option}.${part}`,
        `${option}.${part} must be a number of ms, 0 or more, not ${String(ms)}`,
      );
    }
  }
  return Object.freeze({ fixedMs, jitterMs });
}

/** The delay of one call: `fixedMs + random() × jitterMs`, in whole ms. */
export function callLatencyMs(latency: SimulatorLatency, random: () => number): number {
  const jitter = latency.jitterMs ? random() * latency.jitterMs : 0;
  return Math.round(latency.fixedMs + jitter);
}
