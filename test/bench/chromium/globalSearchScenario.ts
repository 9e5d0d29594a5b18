import { startWorld } from '../node/nodeWorld';
import { round } from '../report/stats';
import type { BenchBrowser } from './BenchBrowser';
import { waitForIdleBrowser } from './waitForIdleBrowser';

/** Times each query is searched: enough for a p95 that is not just the slowest run. */
const RUNS = 40;

/** Issue 21's figures: p50/p95 of each query at `size` records, and the index's cost to a download. */
export interface GlobalSearchFigures {
  readonly size: number;
  readonly runsPerQuery: number;
  readonly queries: Array<{ label: string; text: string; hits: number; total: number; p50Ms: number; p95Ms: number }>;
  readonly worstP95Ms: number;
  readonly indexWrite: { records: number; withoutIndexS: number; withIndexS: number; overheadPercent: number };
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/**
 * The search of everything against the browser's active database (the last worker sync of the
 * largest size in a full run; with `size`, a fresh initial sync of that many records first).
 */
export async function globalSearchScenario(browser: BenchBrowser, size?: number): Promise<GlobalSearchFigures> {
  if (size !== undefined) {
    const world = await startWorld(size);
    try {
      await browser.call('reset');
      await browser.call('initialSync', world.connection, 'worker');
    } finally {
      await world.server.close();
    }
  }
  // After a 100,000-record write IndexedDB compacts for 10–15 s: time the queries on a quiet browser.
  await waitForIdleBrowser({ maxMs: 20_000 });
  const { value: timings } = await browser.call('globalSearch', RUNS);
  await waitForIdleBrowser({ maxMs: 20_000 });
  const { value: cost } = await browser.call('indexWriteCost');
  const queries = timings.map((q) => ({
    label: q.label,
    text: q.text,
    hits: q.hits,
    total: q.total,
    p50Ms: round(percentile(q.ms, 50)),
    p95Ms: round(percentile(q.ms, 95)),
  }));
  return {
    size: size ?? cost.records,
    runsPerQuery: RUNS,
    queries,
    worstP95Ms: Math.max(...queries.map((q) => q.p95Ms)),
    indexWrite: {
      records: cost.records,
      withoutIndexS: round(cost.withoutIndexMs / 1000, 2),
      withIndexS: round(cost.withIndexMs / 1000, 2),
      overheadPercent: Math.round((cost.withIndexMs / cost.withoutIndexMs - 1) * 100),
    },
  };
}

/** The figures as a console table. */
export function printGlobalSearch(figures: GlobalSearchFigures): void {
  console.log(
    `\n21. Search of everything in Chromium at ${figures.size.toLocaleString('en')} records (${figures.runsPerQuery} runs per query, 5 hits per type)`,
  );
  console.table(
    figures.queries.map((q) => ({
      query: q.label,
      text: q.text,
      hits: q.hits,
      matches: q.total,
      p50Ms: q.p50Ms,
      p95Ms: q.p95Ms,
    })),
  );
  const w = figures.indexWrite;
  console.log(
    `   index upkeep: ${w.records.toLocaleString('en')} records written 1,000 a transaction in ${w.withoutIndexS} s without the index, ${w.withIndexS} s with it (+${w.overheadPercent} %)`,
  );
}
