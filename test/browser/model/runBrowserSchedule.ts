import * as fc from 'fast-check';
import type { Page } from 'playwright-core';
import { forgetEverything } from '../addinPages';
import type { BrowserTestContext } from '../fixtures';
import { browserSchedule } from './browserCommands';
import { checkAfterCommand } from './browserInvariants';
import { BrowserModel } from './browserModel';
import { BrowserWorld } from './browserWorld';

/** Even seeds run with `deletionCheckHours: 0` (served as deployment.json: exact Ids), odd ones with the default 24 h. */
export function deletionCheckHoursFor(seed: number): 0 | 24 {
  return seed % 2 === 0 ? 0 : 24;
}

/** The commands `seed` generates (without running them), as a failure prints them. */
export function scheduleOf(seed: number): string[] {
  let schedule: string[] = [];
  fc.check(
    fc.property(browserSchedule, (commands) => {
      schedule = commands.map(String);
    }),
    { seed, numRuns: 1 },
  );
  return schedule;
}

/**
 * Runs the one schedule `seed` generates through the task pane in `page`, from a fresh task pane,
 * a reset simulator and the first-run wizard's initial sync. The seed alone decides the commands;
 * there is no shrinking (each run costs seconds of a real browser). Throws with the seed, the
 * schedule, the steps that ran and the violated invariant.
 */
export async function runBrowserSchedule(
  page: Page,
  ctx: BrowserTestContext,
  seed: number,
  options: { verbose?: boolean } = {},
): Promise<void> {
  const deletionCheckHours = deletionCheckHoursFor(seed);
  let trace: string[] = [];
  let schedule: string[] = [];
  const property = fc.asyncProperty(browserSchedule, async (commands) => {
    schedule = commands.map(String);
    const world = new BrowserWorld(page, ctx, deletionCheckHours);
    const started = Date.now();
    try {
      await world.start();
      const model = new BrowserModel(await world.snapshot());
      trace = model.trace;
      if (options.verbose) {
        model.log = (line) => console.log(line);
        model.log(`  seed ${seed} (deletionCheckHours ${deletionCheckHours}): ${schedule.join(', ')}`);
        model.log(`  0. fresh task pane, first-run wizard, initial sync (${Date.now() - started} ms)`);
      }
      await checkAfterCommand(model, world);
      await fc.asyncModelRun(() => ({ model, real: world }), commands);
    } finally {
      await world.stop();
      // Leaves no add-in state behind; the simulator is reset here (and again by the next schedule).
      await forgetEverything(page).catch(() => undefined);
      await world.admin('reset', {}).catch(() => undefined);
    }
  });
  const details = await fc.check(property, { seed, numRuns: 1, endOnFailure: true });
  if (!details.failed) return;
  const error =
    details.errorInstance instanceof Error
      ? (details.errorInstance.stack ?? details.errorInstance.message)
      : String(details.errorInstance);
  throw new Error(
    [
      `browser schedule seed ${seed} (deletionCheckHours ${deletionCheckHours}) failed at step ${trace.length} of ${schedule.length}`,
      `  schedule: ${schedule.join(', ')}`,
      `  ran:      ${trace.join(', ')}`,
      `  replay:   BROWSER_MODEL_SEED=${seed} npx playwright test modelSchedules`,
      `  ${error}`,
    ].join('\n'),
  );
}
