import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { verifyInstalledPackage } from '../../src/store';
import { createWorld, TYPES, useSyncWorld } from './support/syncHarness';

useSyncWorld();

const HOUR = 60 * 60 * 1000;

function queryPageCalls(calls: Readonly<Record<string, number>>): number {
  return Object.entries(calls)
    .filter(([name]) => name.endsWith('QueryPage'))
    .reduce((sum, [, n]) => sum + n, 0);
}

/** Opens the data database behind the store's back, as damage on disk would reach it. */
async function damagePackage(name: string, damage: (table: Dexie.Table) => Promise<unknown>): Promise<void> {
  const raw = new Dexie(name);
  await raw.open();
  await damage(raw.table('_package'));
  raw.close();
}

async function syncedWorld() {
  const world = await createWorld();
  world.clock.advance(HOUR);
  expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
  world.clock.advance(HOUR);
  return world;
}

describe('a damaged local customization package', () => {
  for (const [what, damage] of [
    [
      'a tampered file',
      (table: Dexie.Table) =>
        table.toCollection().modify((row: { files: Array<{ content: string }> }) => {
          row.files[0].content += '<!-- edited on disk -->';
        }),
    ],
    ['a missing package row', (table: Dexie.Table) => table.clear()],
  ] as const) {
    it(`is detected on start and downloaded again without a data download when it is ${what}`, async () => {
      const world = await syncedWorld();
      const db = await world.store.activeDatabase();
      if (!db) throw new Error('no active database after the first sync');
      const counts = await Promise.all(TYPES.map((t) => db.count(t)));
      await damagePackage(db.name, damage);
      expect((await verifyInstalledPackage(db)).ok).toBe(false);

      const before = queryPageCalls(world.simulator.counters().calls);
      const plain = await world.engine().synchronize({ connection: world.connection() });
      const repairPages = queryPageCalls(world.simulator.counters().calls) - before;

      expect(plain).toMatchObject({ kind: 'incremental', outcome: 'succeeded' });
      const repaired = await world.store.activeDatabase();
      expect(repaired?.name).toBe(db.name);
      expect((await verifyInstalledPackage(repaired!)).ok).toBe(true);
      expect(await Promise.all(TYPES.map((t) => repaired!.count(t)))).toEqual(counts);

      // The repair costs what a plain incremental costs: no initial download of the data.
      const again = queryPageCalls(world.simulator.counters().calls);
      await world.engine().synchronize({ connection: world.connection() });
      expect(repairPages).toBe(queryPageCalls(world.simulator.counters().calls) - again);
      expect(world.simulator.openSessionCount()).toBe(0);
    });
  }
});
