import { describe, expect, it } from 'vitest';
import { DEFAULT_WIRE_PROFILE, LEGACY_WIRE_PROFILE, type WireProfile } from '../../src/siebel';
import { createWorld, expectedRecords, TYPES, useSyncWorld, type SyncWorld } from './support/syncHarness';

useSyncWorld();

const HOUR = 60 * 60 * 1000;

async function expectSameAsServer(world: SyncWorld): Promise<void> {
  const db = await world.store.activeDatabase();
  for (const typeId of TYPES) expect(await db?.count(typeId)).toBe(expectedRecords(world.simulator, typeId).length);
}

/** A deployment whose services are published its own way, on both sides. */
const CUSTOM: WireProfile = {
  ...DEFAULT_WIRE_PROFILE,
  operationNamespace: 'http://crm.example.com/services',
  operations: { downloadMetadataFiles: 'GetMetadata', queryPage: 'Query{record}', executeBatch: 'RunBatch' },
};

describe('wire profiles: the same synchronization in every published shape', () => {
  it.each<[string, WireProfile]>([
    ['Siebel-generated services (default)', DEFAULT_WIRE_PROFILE],
    ['the legacy SiebelMessage shape with SearchSpec arguments', LEGACY_WIRE_PROFILE],
    ['a custom namespace and operation names', CUSTOM],
  ])('synchronizes and sends local changes with %s', async (_label, profile) => {
    const world = await createWorld({ wire: profile });
    world.clock.advance(HOUR);
    const engine = world.engine();
    const first = await engine.synchronize({ connection: { ...world.connection(), wireProfile: profile } });
    expect(first).toMatchObject({ kind: 'initial', outcome: 'succeeded' });
    await expectSameAsServer(world);
    world.clock.advance(HOUR);
    const [account] = expectedRecords(world.simulator, 'Account');
    world.simulator.data.update('Account', account.Id, { Name: 'Changed' });
    const next = await engine.synchronize({ connection: { ...world.connection(), wireProfile: profile } });
    expect(next.counts.Account).toMatchObject({ changed: 1 });
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('stops with an error naming the namespaces when the profile does not match the server', async () => {
    const world = await createWorld({ wire: CUSTOM });
    const report = await world.engine().synchronize({ connection: world.connection() });
    expect(report.outcome).toBe('failed');
    expect(report.error?.message).toMatch(/http:\/\/siebel\.com\/asi\//);
    expect(world.simulator.openSessionCount()).toBe(0);
  });
});

describe("the server's MaximumPageSize", () => {
  it('is learned from SBL-EAI-04447, the same sync continues at that size, and the next syncs start with it', async () => {
    const world = await createWorld({ maximumPageSize: 5 });
    world.clock.advance(HOUR);
    const refusals = { count: 0 };
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const response = await globalThis.fetch(input, init);
      if ((await response.clone().text()).includes('SBL-EAI-04447')) refusals.count++;
      return response;
    };
    const engine = world.engine({ fetch, tuning: { pageSize: 7, idPageSize: 10, flushEvery: 14 } });
    const first = await engine.synchronize({ connection: world.connection() });
    expect(first).toMatchObject({ kind: 'initial', outcome: 'succeeded' });
    expect(refusals.count).toBe(1);
    await expectSameAsServer(world);
    const db = await world.store.activeDatabase();
    expect((await db?.syncState())?.maximumPageSize).toBe(5);

    world.clock.advance(HOUR);
    refusals.count = 0;
    const second = await engine.synchronize({ connection: world.connection() });
    expect(second).toMatchObject({ kind: 'incremental', outcome: 'succeeded' });
    expect(refusals.count).toBe(0);
    await expectSameAsServer(world);
  });

  it('uses the limit a deployment states without asking the server for more', async () => {
    const world = await createWorld({ maximumPageSize: 4 });
    world.clock.advance(HOUR);
    const sizes = new Set<string>();
    const fetch: typeof globalThis.fetch = async (input, init) => {
      for (const match of String(init?.body ?? '').matchAll(/<PageSize>(\d+)<\/PageSize>/g)) sizes.add(match[1]);
      return globalThis.fetch(input, init);
    };
    const report = await world.engine({ fetch }).synchronize({
      connection: { ...world.connection(), wireProfile: { ...DEFAULT_WIRE_PROFILE, maximumPageSize: 4 } },
    });
    expect(report.outcome).toBe('succeeded');
    // Pages of 4; the run's server-clock question asks for one record.
    expect([...sizes].map(Number).sort()).toEqual([1, 4]);
    expect((await (await world.store.activeDatabase())?.syncState())?.maximumPageSize).toBeUndefined();
    await expectSameAsServer(world);
  });

  it('follows the rows a server actually returns when it sends fewer than asked with LastPage=false', async () => {
    const world = await createWorld();
    world.simulator.faults.add({ kind: 'shortPage', rows: 2, times: Infinity });
    world.clock.advance(HOUR);
    const report = await world.engine().synchronize({ connection: world.connection() });
    expect(report.outcome).toBe('succeeded');
    await expectSameAsServer(world);
  });
});
