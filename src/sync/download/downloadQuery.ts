import { pageFetcher, pooledPageFetcher } from '../session/fetchWithRetry';
import { effectivePageSize } from '../session/pageLimit';
import { runParallelPages, type FirstPage } from './parallelPages';
import { runPagePipeline, type PageBatch } from './pagePipeline';
import { sessionPoolOf } from '../session/sessionPoolOf';
import type { TypeQuery } from './typeQuery';
import type { Workspace } from '../run/Workspace';

/**
 * Pages through `query` with the run's retrying fetcher, signal and batch size, handing each batch
 * to `writeBatch` in row order. Defaults: from the first row, `tuning.pageSize` rows a page,
 * `tuning.flushEvery` records a batch. With `maximumSessions` 1 the pages come one after the other
 * on the main session; above, they are spread over the run's session pool (`runParallelPages`),
 * whose idle extra sessions are logged off when the query ends.
 */
export async function downloadQuery(
  ws: Workspace,
  query: TypeQuery,
  options: {
    startRowNum?: number;
    pageSize?: number;
    flushEvery?: number;
    /** The first page, already asked (an incremental run's look-ahead); only used with the session pool, which asked it. */
    firstPage?: FirstPage;
    writeBatch(batch: PageBatch): Promise<void>;
    onFetched?(): void;
  },
): Promise<{ pages: number; records: number }> {
  const { tuning } = ws.runtime;
  const pageSize = options.pageSize ?? tuning.pageSize;
  const common = {
    startRowNum: options.startRowNum ?? 0,
    flushEvery: options.flushEvery ?? tuning.flushEvery,
    signal: ws.runtime.signal,
    writeBatch: options.writeBatch,
    ...(options.onFetched ? { onFetched: options.onFetched } : {}),
  };
  const pool = sessionPoolOf(ws);
  if (!pool) return runPagePipeline({ ...common, fetchPage: pageFetcher(ws, query, pageSize) });
  try {
    return await runParallelPages({
      ...common,
      pageSize: () => effectivePageSize(ws, pageSize),
      width: () => pool.limit,
      fetchPage: pooledPageFetcher(ws, query, pool),
      ...(options.firstPage ? { firstPage: options.firstPage } : {}),
    });
  } finally {
    pool.releaseIdle();
  }
}
