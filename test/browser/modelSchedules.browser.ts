import type { Page } from 'playwright-core';
import { runBrowserSchedule } from './model/runBrowserSchedule';
import type { BrowserTest, BrowserTestContext } from './runner';

/**
 * Issue 18, last bullet: the model-based suite's machinery (test/model/) driving the real task pane.
 * Each test runs one random schedule (fast-check, a fixed seed) of syncs started with Sync now,
 * edits through the record form (also while a sync runs against a slow server), records created
 * with New, server creates, edits and deletes and injected faults, then a last sync; after every
 * command and every sync it checks the Node suite's invariants on what the task pane's IndexedDB
 * holds (test/browser/model/). See docs/reliability.md, "In the browser".
 *
 * `BROWSER_MODEL_SEED=<seed>[,<seed>…] npx tsx test/browser/run.ts modelSchedules` runs those
 * seeds instead of the fixed ones and prints each step (a failure prints this line with its seed).
 */
const FIXED_SEEDS = [38, 41, 47, 71, 110];

const replay = (process.env.BROWSER_MODEL_SEED ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter((s) => s !== '');
if (replay.some((s) => !/^\d+$/.test(s)))
  throw new Error(`BROWSER_MODEL_SEED must be seeds separated by commas, not "${process.env.BROWSER_MODEL_SEED}"`);
if (replay.length > 8)
  throw new Error(`BROWSER_MODEL_SEED names ${replay.length} seeds; this file runs at most 8 at a time`);
const SEEDS = replay.length > 0 ? replay.map(Number) : FIXED_SEEDS;

/** The test of the `index`-th seed; `undefined` (not a test to the runner) when there are fewer seeds. */
function schedule(index: number): BrowserTest | undefined {
  const seed = SEEDS[index];
  return seed === undefined
    ? undefined
    : (page: Page, ctx: BrowserTestContext) => runBrowserSchedule(page, ctx, seed, { verbose: replay.length > 0 });
}

// The runner names a test by its export ("model schedule a", …) and runs them in name order: one export per seed, at most eight.
export const modelScheduleA = schedule(0);
export const modelScheduleB = schedule(1);
export const modelScheduleC = schedule(2);
export const modelScheduleD = schedule(3);
export const modelScheduleE = schedule(4);
export const modelScheduleF = schedule(5);
export const modelScheduleG = schedule(6);
export const modelScheduleH = schedule(7);
