import type { Goal } from './goals';
import type { FirstScreenSummary } from './firstScreen';
import type { ServerLoadRow } from './serverLoad';

export function table(title: string, objects: readonly object[]): void {
  if (objects.length === 0) return;
  const rows = objects as ReadonlyArray<Record<string, unknown>>;
  // Lists and nested objects (per-run times, calls per operation) stay in bench-results.json only.
  const columns = Object.keys(rows[0]).filter((c) => rows[0][c] === null || typeof rows[0][c] !== 'object');
  const cells = rows.map((row) => columns.map((c) => String(row[c] ?? '')));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i])).join('  ');
  console.log(`\n${title}\n${line(columns)}\n${line(widths.map((w) => '-'.repeat(w)))}`);
  for (const row of cells) console.log(line(row));
}

/** Prints every scenario's figures and the goals. */
export function printTable(results: {
  chromiumInitialSync: readonly object[];
  nodeInitialSync: readonly object[];
  incrementalSync?: object;
  taskPane?: object;
  taskPaneQueries?: readonly object[];
  codec: {
    node: { decoders: readonly object[]; requestsEncodedPerS: number; megabytes: number; pages: number };
    chromium: readonly object[] | undefined;
  };
}): void {
  table(
    '1. Initial sync in Chromium (median; raw = Dexie bulkPut of the same records, 5,000 per transaction)',
    results.chromiumInitialSync,
  );
  table(
    '2. Initial sync in Node, CLI engine on fake-indexeddb (limit = raw parse + raw write)',
    results.nodeInitialSync,
  );
  if (results.incrementalSync) table('3. Incremental sync in Chromium', [results.incrementalSync]);
  if (results.taskPane)
    table('4. Real task pane (production build, standalone host; median; search includes the typing debounce)', [
      results.taskPane,
    ]);
  if (results.taskPaneQueries)
    table(
      '4. Task pane store queries in Chromium (median of 9; search = 2-letter prefix, limit 50)',
      results.taskPaneQueries,
    );
  const { node } = results.codec;
  table(
    `5. Codec in Node (${node.pages} pages, ${node.megabytes} MB; requests encoded: ${node.requestsEncodedPerS}/s)`,
    node.decoders,
  );
  table('5. Codec in Chromium (same pages)', results.codec.chromium ?? []);
}

/** The goals of issues 7 and 17, each met or not (a benchmark never fails on them). */
export function printGoals(
  goals: readonly Goal[],
  title = 'Goals (issue 7: instant profile; issue 17: field profile; issue 20: first screen)',
): void {
  table(
    title,
    goals.map((g) => ({ ...g, met: g.met ? 'MET' : 'NOT MET' })),
  );
}

/**
 * The server's side of each measured sync (issue 17): requests, bytes, sessions as the simulator
 * counted them, per 1,000 synchronized records, and the run's write and latency bounds.
 */
export function printServerLoad(rows: readonly ServerLoadRow[]): void {
  table(
    '6. Server load (counted by the simulator; latency bound = requests × mean latency ÷ peak sessions; ratio = sync ÷ max(write bound, latency bound))',
    rows.map(({ operations: _, clientRequests, clientPeakSessions, ...row }) => ({
      ...row,
      client: clientRequests === null ? 'no traffic in report' : `${clientRequests} req, ${clientPeakSessions} sess`,
    })),
  );
}

/** Issue 20's first screen: medians per load, the scripts the wizard needed, and the goals. */
export function printFirstScreen(figures: { summary: readonly FirstScreenSummary[]; goals: readonly Goal[] }): void {
  table(
    '7. First screen (production build, fresh profile; ms from navigation start to the first interactive screen; scripts gzipped by node:zlib)',
    figures.summary,
  );
  for (const row of figures.summary)
    console.log(`   scripts before the ${row.screen} screen (${row.load}): ${row.scriptFiles.join(', ')}`);
}
