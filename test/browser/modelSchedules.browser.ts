import { test } from './fixtures';
import { runBrowserSchedule } from './model/runBrowserSchedule';

/**
 * Issue 18, last bullet: the model-based suite's machinery (test/model/) driving the real task pane.
 * Each test runs one random schedule (fast-check, a fixed seed) of syncs started with Sync now,
 * edits through the record form (also while a sync runs against a slow server), records created
 * with New, server creates, edits and deletes and injected faults, then a last sync; after every
 * command and every sync it checks the Node suite's invariants on what the task pane's IndexedDB
 * holds (test/browser/model/). See docs/reliability.md, "In the browser".
 *
 * `BROWSER_MODEL_SEED=<seed>[,<seed>…] npx playwright test modelSchedules` runs those seeds
 * instead of the fixed ones and prints each step (a failure prints this line with its seed).
 */
const FIXED_SEEDS = [38, 41, 47, 71, 110];

const replay = (process.env.BROWSER_MODEL_SEED ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter((s) => s !== '');
if (replay.some((s) => !/^\d+$/.test(s)))
  throw new Error(`BROWSER_MODEL_SEED must be seeds separated by commas, not "${process.env.BROWSER_MODEL_SEED}"`);

// The fixed seeds are "model schedule a" to "model schedule e"; a replayed seed is named by its number.
const SCHEDULES =
  replay.length > 0
    ? replay.map((seed) => ({ title: `model schedule of seed ${seed}`, seed: Number(seed) }))
    : FIXED_SEEDS.map((seed, index) => ({ title: `model schedule ${String.fromCharCode(97 + index)}`, seed }));

// Alone on the machine (`@exclusive`), one after another in one worker, and without a trace: each
// races its edits against the simulator's latency windows (SLOW_SERVER_MS, SLOW_UPLOAD_MS in
// model/browserCommands.ts), which another test on the other core or the trace's per-action snapshots
// make it miss. A failure prints the seed, the schedule, the steps and the line that replays it.
// `BROWSER_MODEL_TRACE=1` records a trace of every schedule all the same (test-results/playwright/).
test.describe.configure({ mode: 'default' });
test.use({ trace: process.env.BROWSER_MODEL_TRACE === '1' ? 'on' : 'off' });

for (const { title, seed } of SCHEDULES) {
  test(title, { tag: '@exclusive' }, async ({ page, ctx }) => {
    await runBrowserSchedule(page, ctx, seed, { verbose: replay.length > 0 });
  });
}
