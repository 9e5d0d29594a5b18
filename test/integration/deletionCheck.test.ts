import { describe, expect, it } from 'vitest';
import type { DataDatabase, Store } from '../../src/store';
import { createWorld, expectedRecords, TYPES, useSyncWorld, type SyncWorld } from './support/syncHarness';
import { isClockQuestion } from './support/clockQuestion';

useSyncWorld();

const HOUR = 60 * 60 * 1000;

async function syncedWorld(): Promise<SyncWorld> {
  const world = await createWorld();
  world.clock.advance(HOUR);
  expect((await world.engine().synchronize({ connection: world.connection() })).outcome).toBe('succeeded');
  world.clock.advance(HOUR);
  return world;
}

/**
 * A fetch that logs what each request is ("changes Account", "ids Contact", "logoff", …), counts
 * the requests in flight at once, and answers a tick later so that overlapping work can overlap.
 */
function observingFetch(log: string[]) {
  let inFlight = 0;
  let mostInFlight = 0;
  const observed: typeof fetch = async (input, init) => {
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    log.push(describeRequest(String(init?.body ?? '')));
    try {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return await fetch(input, init);
    } finally {
      inFlight--;
    }
  };
  return { fetch: observed, mostInFlight: () => mostInFlight };
}

function describeRequest(body: string): string {
  if (/<SessionType[^>]*>None</.test(body)) return 'logoff';
  const query = /<\w+:(\w+)QueryPage_Input>/.exec(body);
  if (!query) return 'other';
  if (isClockQuestion(body)) return `clock ${query[1]}`;
  // The Id listing asks for the primary key alone; the changes query filters on Updated.
  if (/<(\w+)(?: [^>]*)?>\s*<Id\/>\s*<\/\1>/.test(body)) return `ids ${query[1]}`;
  return /Updated\] &gt;=/.test(body) ? `changes ${query[1]}` : `records ${query[1]}`;
}

/** The store, with writes of `typeId`'s downloaded records failing. */
function failingPuts(store: Store, typeId: string): Store {
  const wrap = (db: DataDatabase | null): DataDatabase | null =>
    db && {
      ...db,
      writeBatch: (batch) =>
        batch.puts?.some((p) => p.typeId === typeId)
          ? Promise.reject(new Error(`disk full while writing ${typeId}`))
          : db.writeBatch(batch),
    };
  return { ...store, activeDatabase: async () => wrap(await store.activeDatabase()) };
}

/** The store, logging "keys <type>" when a type's local keys are read. */
function loggingKeyReads(store: Store, log: string[]): Store {
  const wrap = (db: DataDatabase | null): DataDatabase | null =>
    db && {
      ...db,
      primaryKeys: (typeId) => {
        log.push(`keys ${typeId}`);
        return db.primaryKeys(typeId);
      },
    };
  return { ...store, activeDatabase: async () => wrap(await store.activeDatabase()) };
}

describe('deletion check of an incremental synchronization', () => {
  it("reads a type's local keys before its changes and lists its ids as soon as they have arrived, one request at a time, type after type", async () => {
    const world = await syncedWorld();
    const [, changedAccount] = expectedRecords(world.simulator, 'Account');
    const [deletedContact] = expectedRecords(world.simulator, 'Contact');
    world.simulator.data.update('Account', changedAccount.Id, { Name: 'Renamed' });
    world.simulator.data.delete('Contact', deletedContact.Id);
    const log: string[] = [];
    const observed = observingFetch(log);
    let shown = '';
    const report = await world.engine({ fetch: observed.fetch, store: loggingKeyReads(world.store, log) }).synchronize({
      connection: world.connection(),
      // The full listing on every run: the ordering of the listing is what this test looks at.
      deletionCheckHours: 0,
      onProgress: (p) => {
        const now = `progress ${p.phase} ${p.typeId ?? ''}`.trim();
        if (now !== shown) log.push((shown = now));
      },
    });

    expect(report.outcome).toBe('succeeded');
    expect(report.counts.Account).toEqual({ added: 0, changed: 1, removed: 0, deletionCheck: 'full' });
    expect(report.counts.Contact).toEqual({ added: 0, changed: 0, removed: 1, deletionCheck: 'full' });
    expect(observed.mostInFlight()).toBe(1);
    for (const [i, typeId] of TYPES.entries()) {
      const lastChanges = log.lastIndexOf(`changes ${typeId}`);
      const firstIds = log.indexOf(`ids ${typeId}`);
      // The local keys are read once, before the type's first request, so the read overlaps the network.
      expect(log.filter((entry) => entry === `keys ${typeId}`)).toHaveLength(1);
      expect(log.indexOf(`keys ${typeId}`)).toBeLessThan(log.indexOf(`changes ${typeId}`));
      // The listing is sent during the download step, before the deletion check is shown…
      expect(firstIds).toBeGreaterThan(lastChanges);
      expect(firstIds).toBeLessThan(log.indexOf(`progress removingDeleted ${typeId}`));
      // …and the next type starts only once this type's deletions are done.
      if (i + 1 < TYPES.length)
        expect(log.indexOf(`changes ${TYPES[i + 1]}`)).toBeGreaterThan(log.lastIndexOf(`ids ${typeId}`));
    }
    const db = await world.store.activeDatabase();
    expect(await db?.get('Contact', deletedContact.Id)).toBeUndefined();
    for (const typeId of TYPES) expect(await db?.count(typeId)).toBe(expectedRecords(world.simulator, typeId).length);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('lets a started listing finish before the logoff when writing the changes fails', async () => {
    const world = await syncedWorld();
    const [, changedAccount] = expectedRecords(world.simulator, 'Account');
    world.simulator.data.update('Account', changedAccount.Id, { Name: 'Renamed' });
    const log: string[] = [];
    const observed = observingFetch(log);
    const engine = world.engine({ fetch: observed.fetch, store: failingPuts(world.store, 'Account') });

    const report = await engine.synchronize({ connection: world.connection(), deletionCheckHours: 0 });

    expect(report.outcome).toBe('failed');
    expect(report.error?.message).toContain('disk full while writing Account');
    expect(log).toContain('ids Account');
    expect(log.at(-1)).toBe('logoff');
    expect(observed.mostInFlight()).toBe(1);
    expect(world.simulator.openSessionCount()).toBe(0);
    // Nothing of the failed run is committed: the record keeps its old name.
    expect(await (await world.store.activeDatabase())?.get('Account', changedAccount.Id)).toMatchObject({
      Name: changedAccount.Name,
    });
  });
});
