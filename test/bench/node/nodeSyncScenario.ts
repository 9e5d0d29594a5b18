import { Dexie } from 'dexie';
import type { QueryPageRequest } from '../../../src/siebel';
import { decodeQueryPage } from '../../../src/siebel/services/decodeQueryPage';
import { openStore } from '../../../src/store';
import { createSyncEngine } from '../../../src/sync';
import { median, repeat, round } from '../report/stats';
import { assertSuccess, captureRun, deleteDatabases, recordsOf, startWorld, type CapturedType } from './nodeWorld';

/** Scenario 2 at one size: the CLI's engine (fake-indexeddb) against the simulator over HTTP, and its limit. */
export async function nodeSyncScenario(size: number, runs: number) {
  const world = await startWorld(size);
  try {
    const captured = await captureRun(world.connection);
    const prefix = `node-${size}-`;
    const store = await openStore({ namePrefix: prefix });
    const syncs = await repeat(runs, async () => {
      const started = performance.now();
      const report = await createSyncEngine({ store, locks: null }).synchronize({
        connection: world.connection,
        full: true,
      });
      assertSuccess(report);
      return { ms: performance.now() - started, records: recordsOf(report) };
    });
    store.close();
    await deleteDatabases(prefix);
    const parses = await repeat(runs, async () => parseAll(captured.pages));
    const writes = await repeat(runs, async (run) =>
      rawWrite(captured.tables, captured.schema, `node-raw-${size}-${run}`, 2000),
    );
    const records = syncs[0].records;
    const syncMs = median(syncs.map((s) => s.ms));
    const limitMs = median(parses) + median(writes);
    return {
      size,
      records,
      syncS: round(syncMs / 1000, 2),
      recordsPerS: Math.round(records / (syncMs / 1000)),
      rawParseS: round(median(parses) / 1000, 2),
      rawWriteS: round(median(writes) / 1000, 2),
      ratio: round(syncMs / limitMs, 2),
      runs: syncs.map((s) => round(s.ms / 1000, 2)),
      pages: captured.pages,
    };
  } finally {
    await world.server.close();
  }
}

function parseAll(pages: CapturedType[]): number {
  const started = performance.now();
  for (const type of pages) {
    const request = {
      intObjName: 'X',
      collectionElemName: type.collectionElemName,
      recordElemName: type.recordElemName,
    } as QueryPageRequest;
    for (const xml of type.xml) decodeQueryPage(xml, request);
  }
  return performance.now() - started;
}

async function rawWrite(
  tables: Array<{ table: string; records: unknown[] }>,
  schema: Record<string, string>,
  name: string,
  chunk: number,
): Promise<number> {
  const db = new Dexie(name);
  db.version(1).stores(schema);
  await db.open();
  const started = performance.now();
  for (const { table, records } of tables) {
    for (let i = 0; i < records.length; i += chunk)
      await db.transaction('rw', table, () => db.table(table).bulkPut(records.slice(i, i + chunk)));
  }
  const ms = performance.now() - started;
  db.close();
  await Dexie.delete(name);
  return ms;
}
