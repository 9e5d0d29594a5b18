/**
 * `npm run soak -- --runs N [--seed S] [--max-commands C]`: runs N schedules (seeds S, S+1, …) of
 * the model-based suite and prints a summary. Each failing seed is listed with its shrunk
 * commands; `--seed <it> --runs 1` replays it.
 */
import { parseArgs } from 'node:util';
import { stats } from './checkInvariants';
import { runSchedule, type ScheduleResult } from './runSchedule';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100' },
    seed: { type: 'string' },
    'max-commands': { type: 'string', default: '25' },
  },
});
const runs = Number(values.runs);
const first = values.seed === undefined ? Date.now() % 1_000_000_000 : Number(values.seed);
const maxCommands = Number(values['max-commands']);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(first) || !Number.isInteger(maxCommands)) {
  console.error('usage: npm run soak -- --runs N [--seed S] [--max-commands C]');
  process.exit(2);
}

const started = Date.now();
const failures: ScheduleResult[] = [];
for (let i = 0; i < runs; i++) {
  const result = await runSchedule({ seed: first + i, maxCommands });
  if (result.failed) {
    failures.push(result);
    console.log(
      `FAILED seed ${result.seed} (maximumSessions ${result.maximumSessions}):\n  ${result.counterexample}\n${result.error}\n`,
    );
  }
  if ((i + 1) % 50 === 0)
    console.log(
      `… ${i + 1} schedules, ${failures.length} failed, ${((Date.now() - started) / (i + 1)).toFixed(0)} ms per schedule`,
    );
}
const seconds = (Date.now() - started) / 1000;
console.log(
  [
    `runs: ${runs} (seeds ${first}..${first + runs - 1})`,
    `commands executed: ${stats.commands}`,
    `invariant checks: ${stats.checks}`,
    `failures: ${failures.length}${failures.length ? ` (seeds ${failures.map((f) => f.seed).join(', ')})` : ''}`,
    `time: ${seconds.toFixed(1)} s (${((seconds * 1000) / runs).toFixed(0)} ms per schedule)`,
  ].join('\n'),
);
process.exit(failures.length === 0 ? 0 : 1);
