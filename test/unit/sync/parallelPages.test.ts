import { describe, expect, it } from 'vitest';
import type { QueryPageResult } from '../../../src/siebel';
import type { PageBatch } from '../../../src/sync/download/pagePipeline';
import { runParallelPages, type ParallelPagesOptions } from '../../../src/sync/download/parallelPages';

/**
 * A server of `total` rows `R0…` that answers each request only when the test releases it, so the
 * test decides the order in which answers arrive. `cap` = most rows it returns a page (fewer than
 * asked, `LastPage` false: a server-side cap).
 */
function heldServer(total: number, cap = Number.POSITIVE_INFINITY) {
  const pending: Array<{ start: number; size: number; answer(): void; fail(error: Error): void }> = [];
  const calls: Array<{ start: number; size: number }> = [];
  const fetchPage = (start: number, size: number, signal?: AbortSignal): Promise<QueryPageResult> => {
    calls.push({ start, size });
    return new Promise((resolve, reject) => {
      const rows = Math.max(0, Math.min(size, cap, total - start));
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      pending.push({
        start,
        size,
        answer: () =>
          resolve({
            records: Array.from({ length: rows }, (_, i) => ({ Id: `R${start + i}` })),
            lastPage: start + rows >= total,
            numOutputObjects: rows,
          }),
        fail: (error) => reject(error),
      });
    });
  };
  /** Answers the pending request that starts at `start`. */
  const answer = (start: number) => {
    const index = pending.findIndex((p) => p.start === start);
    if (index < 0)
      throw new Error(`no pending request at ${start} (pending: ${pending.map((p) => p.start).join(', ')})`);
    pending.splice(index, 1)[0].answer();
  };
  const fail = (start: number, error: Error) => {
    const index = pending.findIndex((p) => p.start === start);
    pending.splice(index, 1)[0].fail(error);
  };
  return { calls, pending, fetchPage, answer, fail };
}

/** An instant server: every request answered at once. */
function instantServer(total: number, cap = Number.POSITIVE_INFINITY) {
  const calls: Array<{ start: number; size: number }> = [];
  return {
    calls,
    fetchPage: async (start: number, size: number): Promise<QueryPageResult> => {
      calls.push({ start, size });
      const rows = Math.max(0, Math.min(size, cap, total - start));
      return {
        records: Array.from({ length: rows }, (_, i) => ({ Id: `R${start + i}` })),
        lastPage: start + rows >= total,
        numOutputObjects: rows,
      };
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function options(
  fetchPage: ParallelPagesOptions['fetchPage'],
  batches: PageBatch[],
  extra: Partial<ParallelPagesOptions> = {},
): ParallelPagesOptions {
  // rampPages 0: the full width once a whole page came back (the ramp has its own test).
  return {
    startRowNum: 0,
    flushEvery: 10,
    pageSize: () => 10,
    width: () => 4,
    rampPages: 0,
    fetchPage,
    writeBatch: async (batch) => void batches.push(batch),
    ...extra,
  };
}

const ids = (batches: readonly PageBatch[]) => batches.flatMap((b) => b.records.map((r) => r.Id));
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `R${from + i}`);

describe('runParallelPages', () => {
  it('asks one page first, then several at once once a full page came back, and writes in row order whatever order answers arrive', async () => {
    const server = heldServer(45);
    const batches: PageBatch[] = [];
    const done = runParallelPages(options(server.fetchPage, batches));
    await tick();
    expect(server.calls).toEqual([{ start: 0, size: 10 }]);
    server.answer(0);
    await tick();
    expect(server.calls.map((c) => c.start)).toEqual([0, 10, 20, 30, 40]);
    // Answers arrive backwards: nothing after row 10 may be written before row 10's page.
    server.answer(40);
    server.answer(30);
    server.answer(20);
    await tick();
    expect(batches.map((b) => b.nextStartRowNum)).toEqual([10]);
    server.answer(10);
    await expect(done).resolves.toEqual({ pages: 5, records: 45 });
    expect(ids(batches)).toEqual(range(0, 45));
    expect(batches.map((b) => [b.nextStartRowNum, b.lastPage])).toEqual([
      [10, false],
      [20, false],
      [30, false],
      [40, false],
      [45, true],
    ]);
  });

  it('adds a request per two whole pages by default, so a query of a few pages opens few extra sessions', async () => {
    const server = heldServer(1000);
    const done = runParallelPages(options(server.fetchPage, [], { rampPages: undefined }));
    const widths: number[] = [];
    for (let round = 0; round < 8; round++) {
      await tick();
      widths.push(server.pending.length);
      // Answer the lowest pending page only: the writer advances one whole page per round.
      server.answer(Math.min(...server.pending.map((p) => p.start)));
    }
    expect(widths).toEqual([1, 2, 2, 3, 3, 4, 4, 4]);
    for (let round = 0; round < 200 && server.pending.length > 0; round++) {
      for (const pending of [...server.pending]) server.answer(pending.start);
      await tick();
    }
    await expect(done).resolves.toEqual({ pages: 100, records: 1000 });
  });

  it('uses a first page asked ahead instead of a request, and fails with it when it failed (its fetch already retried)', async () => {
    const server = instantServer(7);
    const batches: PageBatch[] = [];
    const given = { size: 10, page: server.fetchPage(0, 10) };
    await runParallelPages(options(server.fetchPage, batches, { firstPage: given }));
    expect(server.calls).toEqual([{ start: 0, size: 10 }]);
    expect(ids(batches)).toEqual(range(0, 7));

    const again = instantServer(25);
    const failed = { size: 10, page: Promise.reject(new Error('SBL-EAI-04376')) };
    failed.page.catch(() => undefined);
    const more: PageBatch[] = [];
    await expect(runParallelPages(options(again.fetchPage, more, { firstPage: failed }))).rejects.toThrow(
      'SBL-EAI-04376',
    );
    expect(again.calls).toEqual([]);
    expect(more).toEqual([]);
  });

  it('costs one request for a type of at most one page (no request sent past its end)', async () => {
    const small = instantServer(7);
    const smallBatches: PageBatch[] = [];
    await runParallelPages(options(small.fetchPage, smallBatches));
    expect(small.calls).toEqual([{ start: 0, size: 10 }]);
    expect(ids(smallBatches)).toEqual(range(0, 7));

    const onePage = instantServer(10);
    await runParallelPages(options(onePage.fetchPage, []));
    expect(onePage.calls).toHaveLength(1);

    const empty = instantServer(0);
    await runParallelPages(options(empty.fetchPage, []));
    expect(empty.calls).toHaveLength(1);
  });

  it('keeps at most width requests in flight and a bounded number of pages ahead of a slow writer', async () => {
    const server = heldServer(200);
    let releaseWrites!: () => void;
    const writesBlocked = new Promise<void>((resolve) => (releaseWrites = resolve));
    const batches: PageBatch[] = [];
    const done = runParallelPages(
      options(server.fetchPage, batches, {
        width: () => 3,
        writeBatch: async (batch) => {
          await writesBlocked;
          batches.push(batch);
        },
      }),
    );
    await tick();
    server.answer(0);
    for (let round = 0; round < 10; round++) {
      await tick();
      expect(server.pending.length).toBeLessThanOrEqual(3);
      for (const pending of [...server.pending]) server.answer(pending.start);
    }
    // The writer is stuck on its first batch: the pipeline stopped asking (2 batches + 2 × width pages at most).
    expect(server.calls.length).toBeLessThanOrEqual(1 + 1 + 6 + 1);
    releaseWrites();
    for (let round = 0; round < 40 && server.pending.length + server.calls.length > 0; round++) {
      await tick();
      for (const pending of [...server.pending]) server.answer(pending.start);
    }
    await expect(done).resolves.toEqual({ pages: 20, records: 200 });
    expect(ids(batches)).toEqual(range(0, 200));
  });

  it('never writes past a failed page: the checkpoint stays before the gap, and later pages are dropped', async () => {
    const server = heldServer(60);
    const batches: PageBatch[] = [];
    const done = runParallelPages(options(server.fetchPage, batches));
    done.catch(() => undefined);
    await tick();
    server.answer(0);
    await tick();
    server.answer(30);
    server.answer(40);
    server.fail(10, new Error('connection reset'));
    server.answer(20);
    await expect(done).rejects.toThrow('connection reset');
    expect(batches.map((b) => b.nextStartRowNum)).toEqual([10]);
    expect(ids(batches)).toEqual(range(0, 10));
  });

  it('waits for every request in flight before it reports a failure (no session busy after it returns)', async () => {
    const server = heldServer(60);
    const done = runParallelPages(options(server.fetchPage, []));
    let settled = false;
    void done.catch(() => undefined).finally(() => (settled = true));
    await tick();
    server.answer(0);
    await tick();
    server.fail(10, new Error('HTTP 503'));
    await tick();
    expect(settled).toBe(false);
    for (const pending of [...server.pending]) server.answer(pending.start);
    await expect(done).rejects.toThrow('HTTP 503');
  });

  it('stops at the first page (in row order) that says LastPage and discards the answers past it', async () => {
    // 25 rows: the requests at 30 and 40 were sent past the end before the end was known.
    const server = heldServer(25);
    const batches: PageBatch[] = [];
    let fetchedWith = -1;
    const done = runParallelPages(
      options(server.fetchPage, batches, { onFetched: () => (fetchedWith = server.pending.length) }),
    );
    await tick();
    server.answer(0);
    await tick();
    expect(server.calls.map((c) => c.start)).toEqual([0, 10, 20, 30, 40]);
    server.answer(20);
    server.answer(10);
    await tick();
    expect(fetchedWith).toBe(-1);
    server.answer(40);
    server.answer(30);
    await expect(done).resolves.toEqual({ pages: 3, records: 25 });
    // onFetched came once nothing was in flight any more.
    expect(fetchedWith).toBe(0);
    expect(ids(batches)).toEqual(range(0, 25));
    expect(batches.at(-1)).toMatchObject({ nextStartRowNum: 25, lastPage: true });
  });

  it('asks again for the rows a short page left out (a server cap, a smaller page size learned meanwhile), leaving no gap', async () => {
    const server = instantServer(53, 4);
    const batches: PageBatch[] = [];
    await expect(runParallelPages(options(server.fetchPage, batches, { flushEvery: 8 }))).resolves.toEqual({
      pages: expect.any(Number),
      records: 53,
    });
    expect(ids(batches)).toEqual(range(0, 53));
    // Each checkpoint names the first row not yet written.
    let written = 0;
    for (const batch of batches) {
      written += batch.records.length;
      expect(batch.nextStartRowNum).toBe(written);
    }
  });

  it('resumes at the given row and reads the width before each request (it may shrink)', async () => {
    const server = instantServer(100);
    let width = 4;
    const batches: PageBatch[] = [];
    await runParallelPages(
      options(server.fetchPage, batches, {
        startRowNum: 30,
        width: () => width,
        writeBatch: async (batch) => {
          batches.push(batch);
          width = 1;
        },
      }),
    );
    expect(server.calls[0]).toEqual({ start: 30, size: 10 });
    expect(ids(batches)).toEqual(range(30, 100));
  });

  it('stops on cancel: nothing is written after the abort, and requests in flight get the signal', async () => {
    const server = heldServer(100);
    const controller = new AbortController();
    const batches: PageBatch[] = [];
    const done = runParallelPages(options(server.fetchPage, batches, { signal: controller.signal }));
    done.catch(() => undefined);
    await tick();
    server.answer(0);
    await tick();
    expect(server.pending.length).toBeGreaterThan(1);
    controller.abort(new Error('user cancelled'));
    await expect(done).rejects.toThrow('user cancelled');
    expect(ids(batches)).toEqual(range(0, 10));
  });
});

describe('runParallelPages against a server that gives fewer rows than asked', () => {
  it('widens after the first whole page at the size the server gives, and plans later pages at that size', async () => {
    // Asked 10, the server gives 4 a page: after the first page, requests go out 4 rows at a time, several at once.
    const server = instantServer(40, 4);
    const batches: PageBatch[] = [];
    let widest = 0;
    let inFlight = 0;
    const fetchPage = async (start: number, size: number) => {
      inFlight++;
      widest = Math.max(widest, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      return server.fetchPage(start, size);
    };
    await runParallelPages(options(fetchPage, batches));
    expect(ids(batches)).toEqual(range(0, 40));
    expect(widest).toBeGreaterThan(1);
    expect(server.calls.slice(1).every((c) => c.size <= 6)).toBe(true);
  });

  it('widens once a page limit learned meanwhile gives whole pages at the smaller size', async () => {
    // The fetcher learned MaximumPageSize 4 on the first request: pageSize() now says 4.
    let limit = 10;
    const server = instantServer(40);
    const batches: PageBatch[] = [];
    let widest = 0;
    let inFlight = 0;
    const fetchPage = async (start: number, size: number) => {
      limit = 4;
      inFlight++;
      widest = Math.max(widest, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      return server.fetchPage(start, Math.min(size, limit));
    };
    await runParallelPages(options(fetchPage, batches, { pageSize: () => limit }));
    expect(ids(batches)).toEqual(range(0, 40));
    expect(widest).toBeGreaterThan(1);
  });
});
