import { describe, expect, it } from 'vitest';
import type { SimulatorOptions } from '../../src/simulator';
import { createWorld, expectedRecords, TYPES, useSyncWorld, type SyncWorld } from './support/syncHarness';

useSyncWorld();

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A fetch that counts the full records (rows with an `Updated` element) QueryPage answers carry:
 * Id listings carry none, so this is what the incremental downloads cost.
 */
function countingFetch() {
  const seen = { records: 0 };
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await globalThis.fetch(input, init);
    const text = await response.clone().text();
    if (/QueryPage_Output/.test(text)) seen.records += (text.match(/<Updated>/g) ?? []).length;
    return response;
  };
  return { seen, fetch };
}

async function expectSameAsServer(world: SyncWorld): Promise<void> {
  const db = await world.store.activeDatabase();
  for (const typeId of TYPES) {
    const server = expectedRecords(world.simulator, typeId);
    expect(await db?.count(typeId)).toBe(server.length);
    for (const record of server) expect(await db?.get(typeId, record.Id)).toBeDefined();
  }
}

describe.each<[string, SimulatorOptions]>([
  ['an hour behind the client', { clockOffsetMs: -HOUR }],
  ['a day ahead of the client', { clockOffsetMs: DAY }],
  ['stamping its local time in New York', { timeZone: 'America/New_York' }],
  ['stamping its local time in Tokyo, two hours behind', { timeZone: 'Asia/Tokyo', clockOffsetMs: -2 * HOUR }],
])('incremental synchronization with the server %s', (_label, options) => {
  it('misses no change made on the server and fetches about what changed', async () => {
    const world = await createWorld(options);
    world.clock.advance(HOUR);
    const counting = countingFetch();
    const engine = world.engine({ fetch: counting.fetch });
    expect((await engine.synchronize({ connection: world.connection() })).outcome).toBe('succeeded');

    world.clock.advance(30 * MINUTE);
    const [account, other] = expectedRecords(world.simulator, 'Account');
    const [contact] = expectedRecords(world.simulator, 'Contact');
    world.simulator.data.update('Account', account.Id, { Name: 'Renamed on the server' });
    world.simulator.data.update('Contact', contact.Id, { 'Job Title': 'Chief Buyer' });
    const created = world.simulator.data.create('Account', { Name: 'Created on the server' }, { owner: 'JSMITH' });
    world.clock.advance(2 * MINUTE);
    counting.seen.records = 0;

    const report = await engine.synchronize({ connection: world.connection() });
    expect(report).toMatchObject({ kind: 'incremental', outcome: 'succeeded' });
    expect(report.counts.Account).toMatchObject({ added: 1, changed: 1 });
    expect(report.counts.Contact).toMatchObject({ changed: 1 });
    const db = await world.store.activeDatabase();
    expect(await db?.get('Account', account.Id)).toMatchObject({ Name: 'Renamed on the server' });
    expect(await db?.get('Account', created.Id)).toMatchObject({ Name: 'Created on the server' });
    expect(await db?.get('Account', other.Id)).toMatchObject({ Name: other.Name });
    await expectSameAsServer(world);
    // The three changes, plus per type the records stamped within the overlap of its newest stamp
    // (7 here) — not the ~80 records of the data set, as a client-clock window would fetch.
    expect(counting.seen.records).toBeGreaterThanOrEqual(3);
    expect(counting.seen.records).toBeLessThanOrEqual(3 + 2 * TYPES.length);

    // Half an hour later, with nothing changed: only the overlap of each type's newest stamp is read again (5 here).
    world.clock.advance(30 * MINUTE);
    counting.seen.records = 0;
    const quiet = await engine.synchronize({ connection: world.connection() });
    for (const typeId of TYPES) expect(quiet.counts[typeId]).toMatchObject({ added: 0, changed: 0, removed: 0 });
    expect(counting.seen.records).toBeLessThanOrEqual(3 + TYPES.length);
    expect(world.simulator.openSessionCount()).toBe(0);
  });
});
