import type { Goal } from './goals';

function table(title: string, objects: readonly object[]): void {
  if (objects.length === 0) return;
  const rows = objects as ReadonlyArray<Record<string, unknown>>;
  const columns = Object.keys(rows[0]).filter((c) => !Array.isArray(rows[0][c]));
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
  codec: { node: { decoders: readonly object[]; requestsEncodedPerS: number; megabytes: number; pages: number }; chromium: readonly object[] | undefined };
  goals: Goal[];
}): void {
  table('1. Initial sync in Chromium (median; raw = Dexie bulkPut of the same records, 5,000 per transaction)', results.chromiumInitialSync);
  table('2. Initial sync in Node, CLI engine on fake-indexeddb (limit = raw parse + raw write)', results.nodeInitialSync);
  if (results.incrementalSync) table('3. Incremental sync in Chromium', [results.incrementalSync]);
  if (results.taskPane) table('4. Real task pane (production build, standalone host; median; search includes the typing debounce)', [results.taskPane]);
  if (results.taskPaneQueries) table('4. Task pane store queries in Chromium (median of 9; search = 2-letter prefix, limit 50)', results.taskPaneQueries);
  const { node } = results.codec;
  table(`5. Codec in Node (${node.pages} pages, ${node.megabytes} MB; requests encoded: ${node.requestsEncodedPerS}/s)`, node.decoders);
  table('5. Codec in Chromium (same pages)', results.codec.chromium ?? []);
  table('Goals of issue 7', results.goals.map((g) => ({ ...g, met: g.met ? 'MET' : 'NOT MET' })));
}
