import { describe, expect, it } from 'vitest';
import type { QueryPageResult } from '../../../src/siebel';
import { runPagePipeline, type PageBatch } from '../../../src/sync/download/pagePipeline';

/** A server of `total` rows `R0…`, paged by `pageSize`, recording the calls it gets. */
function fakeServer(total: number, pageSize: number) {
  const calls: Array<{ start: number; newQuery: boolean }> = [];
  return {
    calls,
    async fetchPage(start: number, newQuery: boolean): Promise<QueryPageResult> {
      calls.push({ start, newQuery });
      const records = Array.from({ length: Math.max(0, Math.min(pageSize, total - start)) }, (_, i) => ({
        Id: `R${start + i}`,
      }));
      return { records, lastPage: start + pageSize >= total, numOutputObjects: records.length };
    },
  };
}

describe('runPagePipeline', () => {
  it('requests the next page before the previous batch is written', async () => {
    const server = fakeServer(6, 2);
    const events: string[] = [];
    const original = server.fetchPage;
    server.fetchPage = (start, newQuery) => {
      events.push(`fetch ${start}`);
      return original(start, newQuery);
    };
    let release!: () => void;
    const firstWriteBlocked = new Promise<void>((resolve) => (release = resolve));
    const batches: PageBatch[] = [];
    const done = runPagePipeline({
      startRowNum: 0,
      flushEvery: 2,
      fetchPage: server.fetchPage,
      writeBatch: async (batch) => {
        events.push(`write ${batch.nextStartRowNum}`);
        if (batches.length === 0) await firstWriteBlocked;
        batches.push(batch);
      },
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(events).toEqual(['fetch 0', 'fetch 2', 'write 2', 'fetch 4']);
    release();
    await expect(done).resolves.toEqual({ pages: 3, records: 6 });
    expect(batches.map((b) => [b.nextStartRowNum, b.lastPage])).toEqual([
      [2, false],
      [4, false],
      [6, true],
    ]);
  });

  it('collects several pages into one batch and marks the last batch', async () => {
    const server = fakeServer(7, 2);
    const batches: PageBatch[] = [];
    await runPagePipeline({
      startRowNum: 0,
      flushEvery: 4,
      fetchPage: server.fetchPage,
      writeBatch: async (b) => void batches.push(b),
    });
    expect(batches.map((b) => [b.records.length, b.pages, b.nextStartRowNum, b.lastPage])).toEqual([
      [4, 2, 4, false],
      [3, 2, 7, true],
    ]);
    expect(server.calls).toEqual([
      { start: 0, newQuery: true },
      { start: 2, newQuery: false },
      { start: 4, newQuery: false },
      { start: 6, newQuery: false },
    ]);
  });

  it('resumes with a new query at the given row', async () => {
    const server = fakeServer(10, 3);
    const ids: string[] = [];
    await runPagePipeline({
      startRowNum: 6,
      flushEvery: 100,
      fetchPage: server.fetchPage,
      writeBatch: async (b) => void ids.push(...b.records.map((r) => r.Id)),
    });
    expect(server.calls[0]).toEqual({ start: 6, newQuery: true });
    expect(ids).toEqual(['R6', 'R7', 'R8', 'R9']);
  });

  it('lets a started write finish before reporting a failed request, so the checkpoint matches the data', async () => {
    const server = fakeServer(10, 2);
    let written = 0;
    let writeFinished = false;
    const result = runPagePipeline({
      startRowNum: 0,
      flushEvery: 2,
      fetchPage: async (start, newQuery) => {
        if (start === 4) throw new Error('connection reset');
        return server.fetchPage(start, newQuery);
      },
      writeBatch: async (b) => {
        await new Promise((r) => setTimeout(r, 10));
        written = b.nextStartRowNum;
        writeFinished = true;
      },
    });
    await expect(result).rejects.toThrow('connection reset');
    expect(writeFinished).toBe(true);
    expect(written).toBeGreaterThanOrEqual(2);
  });

  it('stops on an empty page even when the server does not say it was the last', async () => {
    let calls = 0;
    const result = await runPagePipeline({
      startRowNum: 0,
      flushEvery: 10,
      fetchPage: async () => (calls++, { records: [], lastPage: false, numOutputObjects: 0 }),
      writeBatch: async () => undefined,
    });
    expect(result).toEqual({ pages: 1, records: 0 });
    expect(calls).toBe(1);
  });
});
