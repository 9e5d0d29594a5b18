import { expect } from 'vitest';
import { findObject, parsePackage } from '../../../src/metadata';
import type { DataDatabase, StoredRecord, Store } from '../../../src/store';
import { toStoredValue } from '../../../src/sync';
import { expectedRecords, TYPES } from '../../integration/support/syncHarness';
import type { FaultWorld } from './faultWorld';

/** What the local store looks like from outside: which database is active and the checksum of every table. */
export interface StoreSnapshot {
  readonly active: string | null;
  readonly checksum: string | null;
  readonly staging: readonly string[];
}

/** Active database name and checksum (SHA-256 over every table), and the staging databases. */
export async function snapshot(store: Store): Promise<StoreSnapshot> {
  const active = await store.activeDatabase();
  const staging = (await store.listStagingDatabases()).map((entry) => entry.name);
  return { active: active?.name ?? null, checksum: (await active?.checksum()) ?? null, staging };
}

/** Every stored record of a type without the store's `_` bookkeeping fields, sorted by primary key. */
export async function storedRecords(db: DataDatabase, typeId: string): Promise<StoredRecord[]> {
  const all: StoredRecord[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await db.list(typeId, { offset, limit: 500 });
    all.push(
      ...page.map((record) => Object.fromEntries(Object.entries(record).filter(([key]) => !key.startsWith('_')))),
    );
    if (page.length < 500) return all;
  }
}

/**
 * What the active database must hold for JSMITH: the simulator's visible records under the
 * default preset, each mapped field by field exactly as the package's data types say.
 */
export async function serverData(world: FaultWorld, packageKey = 'sales-rep'): Promise<Record<string, StoredRecord[]>> {
  const pkg = await parsePackage(
    world.simulator.admin.packageFiles(packageKey).map((f) => ({ name: f.name, type: f.type, content: f.content })),
  );
  const result: Record<string, StoredRecord[]> = {};
  for (const typeId of TYPES) {
    const object = findObject(pkg, typeId);
    if (!object) throw new Error(`the package has no ${typeId}`);
    const records = expectedRecords(world.simulator, typeId).map((sim) =>
      Object.fromEntries(
        object.fields.map((field) => [field.ioElemName, toStoredValue(field, sim[field.name] ?? '') ?? null]),
      ),
    );
    result[typeId] = records.sort((a, b) => (String(a[object.primaryKey]) < String(b[object.primaryKey]) ? -1 : 1));
  }
  return result;
}

/** Asserts that the active database holds exactly the server's data: no record missing, none extra, every value equal. */
export async function expectExactlyServerData(world: FaultWorld): Promise<void> {
  const db = await world.store.activeDatabase();
  expect(db, 'an active database after a successful sync').not.toBeNull();
  const expected = await serverData(world);
  for (const typeId of TYPES) {
    const stored = await storedRecords(db as DataDatabase, typeId);
    expect(stored.length, `${typeId} count`).toBe(expected[typeId].length);
    expect(stored, `${typeId} records`).toEqual(expected[typeId]);
  }
}

/** How many of the server's records (by primary key) the active database lacks: the "data lost" figure. */
export async function missingRecords(world: FaultWorld): Promise<number> {
  const db = await world.store.activeDatabase();
  const expected = await serverData(world);
  let missing = 0;
  for (const typeId of TYPES) {
    const local = new Set(db ? await db.primaryKeys(typeId) : []);
    missing += expected[typeId].filter((record) => !local.has(String(record.Id))).length;
  }
  return missing;
}
