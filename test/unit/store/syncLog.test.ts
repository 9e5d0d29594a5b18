import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError, type Store, type SyncLogEntry } from '../../../src/store';
import { openTestStore } from './support/testStore';

const run = (startedAt: number, overrides: Partial<SyncLogEntry> = {}): SyncLogEntry => ({
  startedAt,
  kind: 'incremental',
  outcome: 'running',
  counts: {},
  issues: [],
  ...overrides,
});

let store: Store;
beforeEach(async () => {
  ({ store } = await openTestStore());
});
afterEach(() => store.close());

describe('store sync log', () => {
  it('lists runs newest first, limited', async () => {
    for (let i = 1; i <= 5; i++) await store.appendSyncLog(run(i));
    expect((await store.listSyncLog()).map((e) => e.startedAt)).toEqual([5, 4, 3, 2, 1]);
    expect((await store.listSyncLog(2)).map((e) => e.startedAt)).toEqual([5, 4]);
  });

  it('keeps only the 50 newest runs', async () => {
    for (let i = 1; i <= 53; i++) await store.appendSyncLog(run(i));
    const log = await store.listSyncLog(100);
    expect(log).toHaveLength(50);
    expect(log[0].startedAt).toBe(53);
    expect(log.at(-1)?.startedAt).toBe(4);
  });

  it('completes a running entry with its outcome, counts, error and issues', async () => {
    const id = await store.appendSyncLog(run(10, { kind: 'initial' }));
    await store.updateSyncLog(id, {
      endedAt: 20,
      outcome: 'failed',
      counts: { Account: { added: 3, changed: 1, removed: 0 } },
      error: { code: 'Network', message: 'Connecting to Siebel failed: … — check the network' },
      issues: [{ typeId: 'Contact', recordId: 'C-1', message: 'Siebel refused the update' }],
    });
    const [entry] = await store.listSyncLog(1);
    expect(entry).toEqual({
      id,
      startedAt: 10,
      endedAt: 20,
      kind: 'initial',
      outcome: 'failed',
      counts: { Account: { added: 3, changed: 1, removed: 0 } },
      error: { code: 'Network', message: 'Connecting to Siebel failed: … — check the network' },
      issues: [{ typeId: 'Contact', recordId: 'C-1', message: 'Siebel refused the update' }],
    });
  });

  it('refuses to update a run that is not in the log', async () => {
    await expect(store.updateSyncLog(999, { outcome: 'succeeded' })).rejects.toBeInstanceOf(StoreError);
  });

  it('ignores an id passed in by the caller and assigns its own', async () => {
    const first = await store.appendSyncLog({ ...run(1), id: 42 });
    const second = await store.appendSyncLog({ ...run(2), id: 42 });
    expect(second).not.toBe(first);
    expect((await store.listSyncLog()).map((e) => e.id)).toEqual([second, first]);
  });
});
