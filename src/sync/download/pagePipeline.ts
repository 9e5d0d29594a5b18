import type { QueryPageResult } from '../../siebel';
import { createBatchWriter, type PageBatch } from './batchWriter';

export type { PageBatch } from './batchWriter';

/** What the pipeline needs: how to fetch a page and how to write a batch. */
export interface PagePipelineOptions {
  readonly startRowNum: number;
  /** Records collected before a write (several pages share one transaction). */
  readonly flushEvery: number;
  /** Checked before each request and each write, so a cancel stops the loop between steps. */
  readonly signal?: AbortSignal;
  fetchPage(startRowNum: number, newQuery: boolean): Promise<QueryPageResult>;
  writeBatch(batch: PageBatch): Promise<void>;
  /**
   * Called once the last page has arrived, while its batch may still be writing: from then on the
   * pipeline sends no more requests, so the session is free for the caller's next query.
   */
  onFetched?(): void;
}

/**
 * Downloads pages one after the other while earlier batches are written: one request, one write
 * and one sealed batch waiting for its write may be in flight, so memory holds about
 * 2 × flushEvery + 2 pages. Downloading on while a write commits keeps the next batch ready when
 * the write ends: writes, the bound of a large initial sync, then run back to back
 * (docs/performance.md). Each write carries the resume point, so an interruption loses at most the
 * batches not yet written. The first request starts a new query (a resumed download has no
 * server-side cache to reuse).
 */
export async function runPagePipeline(options: PagePipelineOptions): Promise<{ pages: number; records: number }> {
  let start = options.startRowNum;
  const writer = createBatchWriter(options);
  let pages = 0;
  let records = 0;
  let next: Promise<QueryPageResult> | null = options.fetchPage(start, true);
  try {
    while (next) {
      const page: QueryPageResult = await next;
      pages++;
      records += page.records.length;
      start += page.records.length;
      // An empty page that does not say "last" would loop for ever: treat it as the end.
      const last = page.lastPage || page.records.length === 0;
      options.signal?.throwIfAborted();
      next = last ? null : options.fetchPage(start, false);
      // A rejected prefetch is handled by the next loop turn; until then keep Node from reporting it.
      next?.catch(() => undefined);
      await writer.add(page.records, start, last);
    }
    options.onFetched?.();
  } finally {
    // Let started writes finish (each is one transaction) before reporting anything, so the
    // checkpoint on disk matches what was written.
    await writer.settle();
  }
  await writer.done();
  return { pages, records };
}
