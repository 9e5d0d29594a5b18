import { describe, expect, it } from 'vitest';
import { SyncAlreadyRunningError } from '../../src/sync';
import { createWorld, expectedRecords, TYPES, useSyncWorld } from './support/syncHarness';

useSyncWorld();

describe('stopping failures, cancellation and concurrency', () => {
  it('reports the problems of a broken package and leaves the current package and data untouched', async () => {
    const world = await createWorld();
    await world.engine().synchronize({ connection: world.connection() });
    const before = await world.store.activeDatabase();
    const checksum = await before?.checksum();
    const files = world.simulator.admin
      .packageFiles('sales-rep')
      .map((f) =>
        f.name === 'siebel_meta_info.xml'
          ? { ...f, content: f.content.replace('IntObjName="CRMDesktopContactIO"', '') }
          : f,
      );
    world.simulator.admin.publishPackage('sales-rep', { kind: 'files', files });

    const report = await world.engine().synchronize({ connection: world.connection() });
    expect(report).toMatchObject({
      outcome: 'failed',
      error: { code: 'PackageFormat' },
      sessions: { opened: 1, closed: 1 },
    });
    expect(report.error?.message).toMatch(/IntObjName/);
    const after = await world.store.activeDatabase();
    expect(after?.name).toBe(before?.name);
    expect(await after?.checksum()).toBe(checksum);
    expect(await world.store.listStagingDatabases()).toEqual([]);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('tells a user without a published package what to do', async () => {
    const world = await createWorld();
    const report = await world.engine().synchronize({ connection: world.connection('NOPKG') });
    expect(report).toMatchObject({ outcome: 'failed', error: { code: 'NoPublishedPackage' } });
    expect(report.error?.message).toMatch(/administrator|publish/i);
    expect(await world.store.activeDatabase()).toBeNull();
    const [log] = await world.store.listSyncLog(1);
    expect(log).toMatchObject({ outcome: 'failed', error: { code: 'NoPublishedPackage' } });
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('fails with a login error for a wrong password and leaves no session open', async () => {
    const world = await createWorld();
    const report = await world.engine().synchronize({ connection: { ...world.connection(), password: 'wrong' } });
    expect(report).toMatchObject({ outcome: 'failed', error: { code: 'BadCredentials' } });
    expect(report.error?.message).not.toContain('wrong');
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('cancels a running incremental sync, logs off and keeps the data consistent', async () => {
    const world = await createWorld();
    await world.engine().synchronize({ connection: world.connection() });
    const before = await world.store.activeDatabase();
    const controller = new AbortController();
    const report = await world.engine().synchronize({
      connection: world.connection(),
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'downloading' && p.typeId === 'Contact') controller.abort(new Error('user cancelled'));
      },
    });
    expect(report).toMatchObject({
      outcome: 'cancelled',
      error: { code: 'SyncCancelled' },
      sessions: { opened: 1, closed: 1 },
    });
    const after = await world.store.activeDatabase();
    expect(after?.name).toBe(before?.name);
    for (const typeId of TYPES) expect(await after?.count(typeId)).toBe(await before?.count(typeId));
    expect((await world.store.listSyncLog(1))[0].outcome).toBe('cancelled');
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('refuses a second synchronization while one runs, with a typed error', async () => {
    const world = await createWorld();
    const first = world.engine().synchronize({ connection: world.connection() });
    const second = world.engine().synchronize({ connection: world.connection() });
    await expect(second).rejects.toBeInstanceOf(SyncAlreadyRunningError);
    await expect(second).rejects.toMatchObject({ code: 'SyncAlreadyRunning' });
    expect((await first).outcome).toBe('succeeded');
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('retries a transient HTTP 503 with backoff and completes', async () => {
    const world = await createWorld();
    world.simulator.faults.add({ kind: 'http', status: 503, operation: 'OpportunityQueryPage', times: 2 });
    const report = await world.engine().synchronize({ connection: world.connection() });
    expect(report.outcome).toBe('succeeded');
    expect(world.clock.sleeps).toEqual([1000, 2000]);
    expect(world.simulator.counters().faultsInjected).toBe(2);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('logs in once more and goes on when the server forgot the session', async () => {
    const world = await createWorld();
    world.simulator.faults.add({ kind: 'restart', operation: 'ContactQueryPage', onCall: 2 });
    const report = await world.engine().synchronize({ connection: world.connection() });
    expect(report.outcome).toBe('succeeded');
    expect(report.sessions.opened).toBe(2);
    const db = await world.store.activeDatabase();
    for (const typeId of TYPES) expect(await db?.count(typeId)).toBe(expectedRecords(world.simulator, typeId).length);
    expect(world.simulator.openSessionCount()).toBe(0);
  });
});
