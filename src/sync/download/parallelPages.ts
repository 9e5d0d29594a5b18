import type { QueryPageResult } from '../../siebel';
import { createBatchWriter } from './batchWriter';
import type { PageBatch } from './batchWriter';

/** A page already asked for the pipeline's first row, with the rows it asked. */
export interface FirstPage {
  readonly size: number;
  readonly page: Promise<QueryPageResult>;
}

/** What the parallel pipeline needs: sizes, width, how to fetch a page, how to write a batch. */
export interface ParallelPagesOptions {
  readonly startRowNum: number;
  /** Records collected before a write (several pages share one transaction). */
  readonly flushEvery: number;
  /** Checked before each request and each write; passed to every request. */
  readonly signal?: AbortSignal;
  /** Rows to ask for in the next page planned (the page size the server accepts now). */
  pageSize(): number;
  /** How many requests may be in flight now (the sessions the run may use). */
  width(): number;
  /**
   * Whole pages a query must show per request added beyond the first (default 2: an extra session
   * costs a login and a logoff, so it must have pages to repay them); 0 = the full width at once.
   */
  readonly rampPages?: number;
  /**
   * Most pages fetched or in flight ahead of the writer; bounds memory. Default: 2 × width, at
   * least 2.
   */
  maxAhead?(): number;
  /**
   * One page of `size` rows from `startRowNum`, as a new query (several sessions share the paging).
   * May return fewer rows than asked (a server cap, a page limit learned meanwhile).
   */
  fetchPage(startRowNum: number, size: number, signal?: AbortSignal): Promise<QueryPageResult>;
  writeBatch(batch: PageBatch): Promise<void>;
  /**
   * The page at `startRowNum`, already asked (an incremental run asks later types' first pages
   * ahead): used instead of a request; asked with the same retrying fetch, so its failure is final.
   */
  readonly firstPage?: FirstPage;
  /** Called once the last page has arrived and no request is in flight any more, while the last batch may still be writing. */
  onFetched?(): void;
}

interface Slot {
  readonly start: number;
  readonly size: number;
  readonly page: Promise<QueryPageResult>;
  settled: boolean;
}

/**
 * Downloads the pages of one query over several sessions at once and hands them to `writeBatch`
 * strictly in row order (a reorder buffer), so batches, the resume point each batch writes and
 * "nothing written past the checkpoint" hold exactly as in the serial pipeline.
 *
 * - Width: one request until a full page came back (a small query costs no wasted calls), then
 *   one more per `rampPages` (2) whole pages seen, up to `width()` (re-read before each request: the
 *   controller may shrink it). An extra session costs a login and a logoff, so it is opened only
 *   once the query has shown enough pages to repay them: an incremental run's handful of pages
 *   stays on one or two sessions, a large download reaches the limit within a few pages.
 * - Memory: at most `maxAhead()` pages fetched or in flight beyond the writer, one batch being
 *   written and one sealed batch waiting.
 * - A page with fewer rows than asked and not the last: the missing rows are asked next, so a
 *   server that caps pages or a page limit learned meanwhile leaves no gap; later pages are planned
 *   at the size the server gave.
 * - The end: the first page (in row order) that says `LastPage` or has no rows. Answers to
 *   requests sent past it are discarded; the pipeline returns once every request has settled.
 * - A failure: the first failed page in row order ends the download; pages after it are never
 *   written; requests still in flight are awaited (a cancel aborts them through `signal`), and
 *   started writes finish first.
 */
export async function runParallelPages(options: ParallelPagesOptions): Promise<{ pages: number; records: number }> {
  const { signal } = options;
  const slots = new Map<number, Slot>();
  let planned = options.startRowNum;
  let endHint = Number.POSITIVE_INFINITY;
  // Whole pages seen so far: the evidence that the query is large enough to pay for more sessions.
  let fullPages = 0;
  let cursor = options.startRowNum;
  // The most rows a page brought when it brought fewer than asked and was not the last: a server
  // that caps pages below the size it accepts. New pages are planned at that size.
  let cap = Number.POSITIVE_INFINITY;

  const inFlight = () => [...slots.values()].filter((slot) => !slot.settled).length;
  let firstPage = options.firstPage ?? null;
  const request = (start: number, size: number): { size: number; page: Promise<QueryPageResult> } => {
    if (!firstPage || start !== options.startRowNum) return { size, page: options.fetchPage(start, size, signal) };
    const given = firstPage;
    firstPage = null;
    // Its fetch already retried what may be retried: a failure here is the page's answer (a business
    // fault must end the download, not be asked again).
    return { size: given.size, page: given.page };
  };
  const schedule = (start: number, wanted: number) => {
    const { size, page } = request(start, wanted);
    const slot: Slot = { start, size, settled: false, page };
    slot.page
      .then(
        (page) => {
          // An end seen out of order: plan nothing past it (the writer still ends in row order).
          if (page.lastPage || page.records.length === 0) endHint = Math.min(endHint, start + page.records.length);
        },
        () => undefined,
      )
      .finally(() => (slot.settled = true));
    // Rejections are taken when the writer reaches the slot, or ignored past the end.
    slot.page.catch(() => undefined);
    slots.set(start, slot);
    return size;
  };
  const fill = () => {
    const width = Math.max(
      1,
      Math.min(options.width(), widthEarned(fullPages, options.rampPages ?? DEFAULT_RAMP_PAGES)),
    );
    const ahead = options.maxAhead?.() ?? Math.max(2, 2 * width);
    while (planned < endHint && inFlight() < width && slots.size < ahead) {
      options.signal?.throwIfAborted();
      const size = Math.max(1, Math.min(options.pageSize(), cap));
      // A page asked ahead keeps the size it was asked with.
      planned += schedule(planned, size);
    }
  };

  const writer = createBatchWriter(options);
  let pages = 0;
  let records = 0;
  try {
    for (;;) {
      fill();
      const slot = slots.get(cursor);
      if (!slot) throw new Error(`The page download lost its place at row ${cursor}`);
      const page = await slot.page;
      slots.delete(cursor);
      options.signal?.throwIfAborted();
      // Never more rows than asked: the next slot starts right after them.
      const rows = page.records.length > slot.size ? page.records.slice(0, slot.size) : page.records;
      const last = page.lastPage || rows.length === 0;
      pages++;
      records += rows.length;
      cursor += rows.length;
      if (!last && rows.length < slot.size) {
        cap = Math.min(cap, rows.length);
        // A short page that is not the last: its missing rows come next, before the next slot.
        if (!slots.has(cursor)) schedule(cursor, slot.size - rows.length);
      }
      // A whole page at the size the server gives (asked for, learned from SBL-EAI-04447 or capped):
      // the query is larger than a page, so more requests may go out at once.
      if (!last && rows.length >= Math.min(slot.size, options.pageSize(), cap)) fullPages++;
      await writer.add(rows, cursor, last);
      if (last) {
        // Requests sent past the end answer nothing needed. They are not aborted (a session whose
        // answer was cut off may have lost its newest token); they settle while the last batch is
        // written, their answers dropped.
        await Promise.allSettled([...slots.values()].map((s) => s.page));
        slots.clear();
        break;
      }
    }
    options.onFetched?.();
  } finally {
    // Nothing in flight may outlive the download: its session would be logged off under it. A
    // cancel aborts them through the run's signal; after a failure they end on their own.
    await Promise.allSettled([...slots.values()].map((s) => s.page));
    // Let started writes finish (each is one transaction) so the checkpoint matches what was written.
    await writer.settle();
  }
  await writer.done();
  return { pages, records };
}

const DEFAULT_RAMP_PAGES = 2;

/** Requests a query may have in flight after `fullPages` whole pages: 1, then one more per `ramp` pages. */
function widthEarned(fullPages: number, ramp: number): number {
  if (fullPages === 0) return 1;
  return ramp <= 0 ? Number.POSITIVE_INFINITY : 1 + Math.ceil(fullPages / ramp);
}
