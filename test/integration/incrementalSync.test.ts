import { describe, expect, it } from 'vitest';
import { createWorld, expectedRecords, TYPES, useSyncWorld } from './support/syncHarness';

useSyncWorld();

const HOUR = 60 * 60 * 1000;
const none = { added: 0, changed: 0, removed: 0 };

async function syncedWorld() {
  const world = await createWorld();
  // Seed stamps lie before the simulator's start; an hour later they are all outside the overlap.
  world.clock.advance(HOUR);
  const first = await world.engine().synchronize({ connection: world.connection() });
  expect(first.outcome).toBe('succeeded');
  world.clock.advance(HOUR);
  return world;
}

function queryPageCalls(calls: Readonly<Record<string, number>>): number {
  return Object.entries(calls)
    .filter(([name]) => name.endsWith('QueryPage'))
    .reduce((sum, [, n]) => sum + n, 0);
}

describe('incremental synchronization against the simulator', () => {
  it('brings exactly the server creates, updates and deletes made between two runs', async () => {
    const world = await syncedWorld();
    const [keep, change, remove] = expectedRecords(world.simulator, 'Account');
    const created = [
      world.simulator.data.create('Account', { Name: 'Fresh One', Location: 'Oslo' }, { owner: 'JSMITH' }),
      world.simulator.data.create('Account', { Name: 'Fresh Two' }, { owner: 'JSMITH' }),
    ];
    world.simulator.data.update('Account', change.Id, { Name: 'Changed Name' });
    world.simulator.data.delete('Account', remove.Id);

    // A full deletion check on every run (deletionCheckHours 0) finds the delete at once; the schedule is deletionSchedule.test.ts's.
    const report = await world.engine().synchronize({ connection: world.connection(), deletionCheckHours: 0 });
    expect(report).toMatchObject({
      kind: 'incremental',
      reason: null,
      outcome: 'succeeded',
      sessions: { opened: 1, closed: 1 },
    });
    expect(report.counts.Account).toEqual({ added: 2, changed: 1, removed: 1, deletionCheck: 'full' });
    const db = await world.store.activeDatabase();
    expect(await db?.get('Account', change.Id)).toMatchObject({ Name: 'Changed Name' });
    expect(await db?.get('Account', remove.Id)).toBeUndefined();
    expect(await db?.get('Account', created[0].Id)).toMatchObject({ Name: 'Fresh One', Location: 'Oslo' });
    expect(await db?.get('Account', keep.Id)).toMatchObject({ Name: keep.Name });
    for (const typeId of TYPES) expect(await db?.count(typeId)).toBe(expectedRecords(world.simulator, typeId).length);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('reports no change when nothing changed on the server', async () => {
    const world = await syncedWorld();
    const report = await world.engine().synchronize({ connection: world.connection() });
    expect(report.kind).toBe('incremental');
    for (const typeId of TYPES) expect(report.counts[typeId]).toMatchObject(none);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('does not lose a record changed on the server while a sync runs: the next incremental brings it', async () => {
    const world = await createWorld();
    world.clock.advance(HOUR);
    const [first] = expectedRecords(world.simulator, 'Account');
    let changed = false;
    const report = await world.engine().synchronize({
      connection: world.connection(),
      onProgress: (p) => {
        // After the first account batch is written, the record is changed on the server.
        if (!changed && p.typeId === 'Account' && p.recordsWritten > 0) {
          changed = true;
          world.simulator.data.update('Account', first.Id, { Name: 'Changed During Sync' });
        }
      },
    });
    expect(changed).toBe(true);
    expect(report.outcome).toBe('succeeded');
    expect(await (await world.store.activeDatabase())?.get('Account', first.Id)).toMatchObject({ Name: first.Name });
    world.clock.advance(HOUR);
    const next = await world.engine().synchronize({ connection: world.connection() });
    expect(next.counts.Account.changed).toBe(1);
    expect(await (await world.store.activeDatabase())?.get('Account', first.Id)).toMatchObject({
      Name: 'Changed During Sync',
    });
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('installs a UI-only package change in place without downloading the data again', async () => {
    const world = await syncedWorld();
    const before = await world.store.activeDatabase();
    const plainStart = queryPageCalls(world.simulator.counters().calls);
    await world.engine().synchronize({ connection: world.connection() });
    const plainCalls = queryPageCalls(world.simulator.counters().calls) - plainStart;

    const published = world.simulator.admin.publishPackage('sales-rep', { kind: 'ui' });
    const start = queryPageCalls(world.simulator.counters().calls);
    const report = await world.engine().synchronize({ connection: world.connection() });
    const uiCalls = queryPageCalls(world.simulator.counters().calls) - start;
    expect(report).toMatchObject({ kind: 'incremental', outcome: 'succeeded', hashValue: published.hashValue });
    expect(uiCalls).toBe(plainCalls);
    for (const typeId of TYPES) expect(report.counts[typeId]).toMatchObject(none);
    const after = await world.store.activeDatabase();
    expect(after?.name).toBe(before?.name);
    expect((await after?.installedPackage())?.hashValue).toBe(published.hashValue);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('runs a full sync into a new database on a schema change, the old one readable until the swap', async () => {
    const world = await syncedWorld();
    const old = await world.store.activeDatabase();
    const oldAccounts = await old?.count('Account');
    world.simulator.admin.publishPackage('sales-rep', { kind: 'schema' });
    const seenDuringDownload: Array<[string | undefined, number | undefined]> = [];
    const report = await world.engine().synchronize({
      connection: world.connection(),
      onProgress: (p) => {
        if (p.phase === 'downloading' && p.typeId === 'Contact' && seenDuringDownload.length === 0) {
          seenDuringDownload.push([undefined, undefined]);
          void world.store
            .activeDatabase()
            .then(async (db) => (seenDuringDownload[0] = [db?.name, await db?.count('Account')]));
        }
      },
    });
    expect(report).toMatchObject({ kind: 'initial', reason: 'schemaChanged', outcome: 'succeeded' });
    expect(seenDuringDownload[0]).toEqual([old?.name, oldAccounts]);
    const fresh = await world.store.activeDatabase();
    expect(fresh?.name).not.toBe(old?.name);
    expect(fresh?.schemaFingerprint).not.toBe(old?.schemaFingerprint);
    for (const typeId of TYPES)
      expect(await fresh?.count(typeId)).toBe(expectedRecords(world.simulator, typeId).length);
    expect(world.simulator.openSessionCount()).toBe(0);
  });
});
