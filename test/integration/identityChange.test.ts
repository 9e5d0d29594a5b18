import { describe, expect, it } from 'vitest';
import { needsInitialSync } from '../../src/sync/needsInitialSync';
import { createWorld, ENDPOINT, expectedRecords, OTHER_ENDPOINT, TYPES, useSyncWorld } from './support/syncHarness';

useSyncWorld();

describe('identity changes', () => {
  it('runs a full sync into a new database when another user signs in', async () => {
    const world = await createWorld();
    await world.engine().synchronize({ connection: world.connection('JSMITH') });
    const first = await world.store.activeDatabase();
    expect(await needsInitialSync(world.store, { userName: 'jsmith', serverUrl: ENDPOINT })).toBe(false);
    expect(await needsInitialSync(world.store, { userName: 'MJONES', serverUrl: ENDPOINT })).toBe(true);

    const report = await world.engine().synchronize({ connection: world.connection('MJONES') });
    expect(report).toMatchObject({ kind: 'initial', reason: 'identityChanged', outcome: 'succeeded' });
    const second = await world.store.activeDatabase();
    expect(second?.name).not.toBe(first?.name);
    expect(second?.identity.userName).toBe('MJONES');
    for (const typeId of TYPES)
      expect(report.counts[typeId].added).toBe(expectedRecords(world.simulator, typeId, 'MJONES').length);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('treats the same user name in other letter case as the same identity', async () => {
    const world = await createWorld();
    await world.engine().synchronize({ connection: world.connection('JSMITH') });
    const report = await world.engine().synchronize({ connection: world.connection('jsmith') });
    expect(report.kind).toBe('incremental');
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('runs a full sync into a new database when the server URL changes', async () => {
    const world = await createWorld();
    await world.engine().synchronize({ connection: world.connection('JSMITH', ENDPOINT) });
    const first = await world.store.activeDatabase();
    const report = await world.engine().synchronize({ connection: world.connection('JSMITH', OTHER_ENDPOINT) });
    expect(report).toMatchObject({ kind: 'initial', reason: 'identityChanged', outcome: 'succeeded' });
    expect((await world.store.activeDatabase())?.name).not.toBe(first?.name);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('runs a full sync into a new database when asked to', async () => {
    const world = await createWorld();
    await world.engine().synchronize({ connection: world.connection() });
    const first = await world.store.activeDatabase();
    const report = await world.engine().synchronize({ connection: world.connection(), full: true });
    expect(report).toMatchObject({ kind: 'initial', reason: 'fullRequested', outcome: 'succeeded' });
    expect((await world.store.activeDatabase())?.name).not.toBe(first?.name);
    expect(world.simulator.openSessionCount()).toBe(0);
  });
});
