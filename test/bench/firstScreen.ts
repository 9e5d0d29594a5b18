// `npx tsx test/bench/firstScreen.ts [runs] [--dist <dir>] [--records]`: issue 20's first-screen
// scenario alone (also `npm run bench -- --first-screen`). Builds the production bundle (or serves
// `--dist`, e.g. the dist/ of `npm run build`), then per run: a fresh Chromium profile loads the task
// pane cold, and a second tab in it warm; `--records` also times the records list (a profile that
// finished the wizard). Prints the medians and the goals, and the scripts of the first screen.
import 'fake-indexeddb/auto';
import { setLogSink } from '../../src/shared';
import { firstScreenScenario } from './chromium/firstScreenScenario';
import { printFirstScreen, printGoals } from './report/printTable';

setLogSink((level, message) => {
  if (level === 'warn' || level === 'error') console.error(message);
});
const args = process.argv.slice(2);
const distAt = args.indexOf('--dist');
const dist = distAt >= 0 ? args[distAt + 1] : undefined;
const runs = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--dist') ?? 7);
const figures = await firstScreenScenario({ runs, dist, records: args.includes('--records'), log: console.log });
printFirstScreen(figures);
printGoals(figures.goals, 'Goals (issue 20: first screen)');
process.exit(0);
