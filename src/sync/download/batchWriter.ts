import type { QueryPageResult } from '../../siebel';

/** One flush of the pipeline: the pages' records and where the next page would start. */
export interface PageBatch {
  readonly records: QueryPageResult['records'];
  /** StartRowNum of the first page not in this or an earlier batch (the resume point). */
  readonly nextStartRowNum: number;
  readonly lastPage: boolean;
  readonly pages: number;
}

/** Collects pages in row order into batches and writes them one after the other. */
export interface BatchWriter {
  /**
   * Adds a page's rows; `nextStartRowNum` is the row after them. Seals a batch at `flushEvery`
   * records or at the last page and starts its write; waits only when a batch is being written
   * and another already waits (so memory holds about 2 × flushEvery records).
   */
  add(rows: QueryPageResult['records'], nextStartRowNum: number, last: boolean): Promise<void>;
  /** Waits for the writes started so far, ignoring their outcome (before anything is reported). */
  settle(): Promise<void>;
  /** Waits for the writes started so far and rethrows the first failure. */
  done(): Promise<void>;
}

/**
 * The write side of both page pipelines: batches are written in order, none after a failed one,
 * each carrying its resume point, so the checkpoint on disk never points past missing records.
 */
export function createBatchWriter(options: {
  readonly flushEvery: number;
  readonly signal?: AbortSignal;
  writeBatch(batch: PageBatch): Promise<void>;
}): BatchWriter {
  let writing: Promise<void> = Promise.resolve();
  let unwritten = 0;
  let buffer: QueryPageResult['records'][number][] = [];
  let bufferedPages = 0;
  return {
    async add(rows, nextStartRowNum, last) {
      buffer = buffer.concat(rows);
      bufferedPages++;
      if (buffer.length < options.flushEvery && !last) return;
      const batch: PageBatch = { records: buffer, nextStartRowNum, lastPage: last, pages: bufferedPages };
      buffer = [];
      bufferedPages = 0;
      const previous = writing;
      unwritten++;
      // Chained: batches are written in order, and none after a failed one.
      writing = previous
        .then(() => {
          options.signal?.throwIfAborted();
          return options.writeBatch(batch);
        })
        .finally(() => unwritten--);
      writing.catch(() => undefined);
      // Bound memory: with one batch being written and this one waiting, wait for the first.
      if (unwritten >= 2) await previous;
    },
    settle: () => writing.catch(() => undefined),
    done: () => writing,
  };
}
