// `npx tsx test/bench/taskpane.ts [records] [runs]`: scenario 4 alone, in the real task pane (the
// add-in's production build, standalone host, Chromium): the wizard's first sync, then opening the
// records list and searching, median of `runs`.
import 'fake-indexeddb/auto';
import { setLogSink } from '../../src/shared';
import { taskPaneScenario } from './chromium/taskPaneScenario';

setLogSink((level, message) => {
  if (level === 'warn' || level === 'error') console.error(message);
});
const figures = await taskPaneScenario(Number(process.argv[2] ?? 100_000), Number(process.argv[3] ?? 7));
console.log(figures);
process.exit(0);
