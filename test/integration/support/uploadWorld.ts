import { expect } from 'vitest';
import { parsePackage } from '../../../src/metadata';
import type { DataDatabase, StoredRecord } from '../../../src/store';
import type { SyncReport } from '../../../src/sync';
import type { LocalContext } from '../../../src/sync/local/types';
import { createWorld, expectedRecords, type SyncWorld } from './syncHarness';

const HOUR = 60 * 60 * 1000;

/** A world after a first successful sync, with the local-change context of its active database. */
export interface UploadWorld extends SyncWorld {
  db(): Promise<DataDatabase>;
  ctx(): Promise<LocalContext>;
  /** One more synchronization an hour later (server stamps and the incremental window stay apart). */
  sync(options?: { full?: boolean; discardPendingChanges?: boolean; userName?: string }): Promise<SyncReport>;
  /** A record the user's default preset keeps, as the server holds it (field Names). */
  serverRecord(typeId: string, index?: number): Record<string, string>;
}

/** Creates the simulator world and runs the first (initial) synchronization. */
export async function createUploadWorld(): Promise<UploadWorld> {
  const world = await createWorld();
  world.clock.advance(HOUR);
  const first = await world.engine().synchronize({ connection: world.connection() });
  expect(first.outcome).toBe('succeeded');
  const db = async () => {
    const active = await world.store.activeDatabase();
    if (!active) throw new Error('no active database');
    return active;
  };
  return {
    ...world,
    db,
    ctx: async () => {
      const active = await db();
      return { db: active, pkg: await parsePackage((await active.installedPackage()).files) };
    },
    sync: async (options = {}) => {
      world.clock.advance(HOUR);
      const { userName, ...rest } = options;
      return world.engine().synchronize({ connection: world.connection(userName), ...rest });
    },
    serverRecord: (typeId, index = 0) => expectedRecords(world.simulator, typeId)[index] as Record<string, string>,
  };
}

/** The record's id (`Id`). */
export function idOf(record: StoredRecord | undefined): string {
  return String(record?.Id);
}
