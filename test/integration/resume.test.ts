import { describe, expect, it } from 'vitest';
import { createWorld, expectedRecords, SharedClock, TYPES, useSyncWorld, type SyncWorld } from './support/syncHarness';

useSyncWorld();

/** Checksum of the active database after one uninterrupted initial sync of an identical world. */
async function referenceChecksum(): Promise<string | undefined> {
  const world = await createWorld();
  await world.engine().synchronize({ connection: world.connection() });
  return (await world.store.activeDatabase())?.checksum();
}

/** A fetch that reports each QueryPage request of one operation to `onRequest` before sending it. */
function watchingFetch(operation: string, onRequest: (nth: number) => void): typeof fetch {
  let count = 0;
  return async (input, init) => {
    if (typeof init?.body === 'string' && init.body.includes(`${operation}_Input`)) onRequest(++count);
    return fetch(input, init);
  };
}

async function expectResumedCompletely(world: SyncWorld, expected: string | undefined, resumeRow: number) {
  // Bookkeeping (package install time, sync start) is stamped with the clock; retries moved it.
  world.clock.time = new SharedClock().time;
  const [staging] = await world.store.listStagingDatabases();
  const checkpoint = await (await world.store.openDatabase(staging.name)).checkpoint('Contact');
  expect(checkpoint).toMatchObject({ startRowNum: resumeRow, done: false });
  const contactProgress: number[] = [];
  const resumed = await world
    .engine({ tuning: { pageSize: 7, idPageSize: 10, flushEvery: 14, progressIntervalMs: 0 } })
    .synchronize({
      connection: world.connection(),
      onProgress: (p) =>
        void (p.phase === 'downloading' && p.typeId === 'Contact' && contactProgress.push(p.recordsWritten)),
    });
  expect(resumed).toMatchObject({ outcome: 'succeeded', kind: 'initial' });
  // Progress counts the type's records, the ones written before the interruption included.
  expect(contactProgress.find((n) => n > 0)).toBe(resumeRow);
  expect(contactProgress.at(-1)).toBe(expectedRecords(world.simulator, 'Contact').length);
  const db = await world.store.activeDatabase();
  expect(db?.name).toBe(staging.name);
  for (const typeId of TYPES) expect(await db?.count(typeId)).toBe(expectedRecords(world.simulator, typeId).length);
  expect(await db?.checksum()).toBe(expected);
  expect(await world.store.listStagingDatabases()).toEqual([]);
  expect(world.simulator.openSessionCount()).toBe(0);
}

describe('resuming an interrupted initial synchronization', () => {
  it('continues after an interruption at a batch boundary with no duplicate and no gap', async () => {
    const expected = await referenceChecksum();
    const world = await createWorld();
    const controller = new AbortController();
    // Batches are 14 records (2 pages of 7): stop right after the first Contact batch is written.
    // Every progress report passes (no throttling), so the test sees the exact batch boundary.
    const report = await world
      .engine({ tuning: { pageSize: 7, idPageSize: 10, flushEvery: 14, progressIntervalMs: 0 } })
      .synchronize({
        connection: world.connection(),
        signal: controller.signal,
        onProgress: (p) => {
          if (p.typeId === 'Contact' && p.recordsWritten === 14) controller.abort(new Error('stop at the boundary'));
        },
      });
    expect(report.outcome).toBe('cancelled');
    expect(world.simulator.openSessionCount()).toBe(0);
    expect(await world.store.activeDatabase()).toBeNull();
    await expectResumedCompletely(world, expected, 14);
  });

  it('continues after an interruption in the middle of a batch, refetching the unwritten pages', async () => {
    const expected = await referenceChecksum();
    const world = await createWorld();
    const controller = new AbortController();
    // Page 4 of Contact (rows 21–27) is requested while rows 14–20 wait in the unwritten second batch.
    const fetcher = watchingFetch('ContactQueryPage', (nth) => {
      if (nth === 4) controller.abort(new Error('stop mid-batch'));
    });
    const report = await world
      .engine({ fetch: fetcher })
      .synchronize({ connection: world.connection(), signal: controller.signal });
    expect(report.outcome).toBe('cancelled');
    expect(world.simulator.openSessionCount()).toBe(0);
    await expectResumedCompletely(world, expected, 14);
  });

  it('continues after the connection failed for good during a download', async () => {
    const expected = await referenceChecksum();
    const world = await createWorld();
    world.simulator.faults.add({ kind: 'drop', operation: 'ContactQueryPage', onCall: 3, times: 4 });
    const report = await world.engine().synchronize({ connection: world.connection() });
    expect(report).toMatchObject({ outcome: 'failed', error: { code: 'Network' } });
    expect(world.simulator.openSessionCount()).toBe(0);
    await expectResumedCompletely(world, expected, 14);
  });

  it('repairs on the next incremental the rows a resume skipped because the server deleted rows before the checkpoint', async () => {
    const world = await createWorld();
    const controller = new AbortController();
    const fetcher = watchingFetch('ContactQueryPage', (nth) => {
      if (nth === 4) controller.abort(new Error('stop mid-batch'));
    });
    await world.engine({ fetch: fetcher }).synchronize({ connection: world.connection(), signal: controller.signal });
    // Two of the 14 written contacts disappear on the server: every later row moves up by two.
    const contacts = expectedRecords(world.simulator, 'Contact').sort((a, b) => (a.Id < b.Id ? -1 : 1));
    world.simulator.data.delete('Contact', contacts[0].Id);
    world.simulator.data.delete('Contact', contacts[1].Id);
    const resumed = await world.engine().synchronize({ connection: world.connection() });
    expect(resumed.outcome).toBe('succeeded');
    const skipped = [contacts[14].Id, contacts[15].Id];
    const db = await world.store.activeDatabase();
    expect(await db?.get('Contact', skipped[0])).toBeUndefined();

    world.clock.advance(60 * 60 * 1000);
    // The repair is the full Id listing's (or a slice's): on every run with deletionCheckHours 0;
    // with the schedule, within its bound (docs/sync.md, "Resume").
    const repaired = await world.engine().synchronize({ connection: world.connection(), deletionCheckHours: 0 });
    expect(repaired.counts.Contact).toEqual({ added: 2, changed: 0, removed: 2, deletionCheck: 'full' });
    for (const id of skipped) expect(await db?.get('Contact', id)).toMatchObject({ Id: id });
    expect(await db?.count('Contact')).toBe(expectedRecords(world.simulator, 'Contact').length);
    expect(world.simulator.openSessionCount()).toBe(0);
  });
});
