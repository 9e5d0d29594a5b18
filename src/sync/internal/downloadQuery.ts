import { pageFetcher } from './fetchWithRetry';
import { runPagePipeline, type PageBatch } from './pagePipeline';
import type { TypeQuery } from './typeQuery';
import type { Workspace } from './Workspace';

/**
 * Pages through `query` with the run's retrying fetcher, signal and batch size, handing each batch
 * to `writeBatch`. Defaults: from the first row, `tuning.pageSize` rows a page, `tuning.flushEvery`
 * records a batch.
 */
export function downloadQuery(
  ws: Workspace,
  query: TypeQuery,
  options: { startRowNum?: number; pageSize?: number; flushEvery?: number; writeBatch(batch: PageBatch): Promise<void>; onFetched?(): void },
): Promise<{ pages: number; records: number }> {
  const { tuning } = ws.runtime;
  return runPagePipeline({
    startRowNum: options.startRowNum ?? 0,
    flushEvery: options.flushEvery ?? tuning.flushEvery,
    signal: ws.runtime.signal,
    fetchPage: pageFetcher(ws, query, options.pageSize ?? tuning.pageSize),
    writeBatch: options.writeBatch,
    ...(options.onFetched ? { onFetched: options.onFetched } : {}),
  });
}
