import { describe, expect, it } from 'vitest';
import { runSchedule } from './runSchedule';

/**
 * A fixed set of schedules (seeds) on every `npm test`; `npm run soak -- --runs N` runs as many
 * more as wanted. A failure prints the seed and the shrunk commands; replay it with
 * `npm run soak -- --seed <seed> --runs 1`.
 */
const FIXED_SEEDS = Array.from({ length: 100 }, (_, i) => 1000 + i);

describe('convergence under random schedules of edits, server changes, faults and crashes', () => {
  for (const seed of FIXED_SEEDS) {
    it(`seed ${seed}: nothing lost, local equals server after every successful sync`, async () => {
      const result = await runSchedule({ seed, shrinkTimeMs: 60_000 });
      expect(result.failed, `seed ${seed} (maximumSessions ${result.maximumSessions}) failed:\n  ${result.counterexample}\n${result.error}`).toBe(false);
    }, 180_000);
  }
});
