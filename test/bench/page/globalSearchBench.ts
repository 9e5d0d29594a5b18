// Issue 21's search of everything, measured in the bench page (Chromium's IndexedDB): the queries
// a rep types against the active database, and what keeping the search index costs a download.
import { Dexie } from 'dexie';
import { openStore, schemaFromLayout, type DataDatabase, type StoredRecord } from '../../../src/store';
import { declareDataSchema } from '../../../src/store/internal/declareDataSchema';
import type { GlobalSearchTimings, IndexWriteCost } from './BenchApi';

async function withActiveDatabase<T>(use: (db: DataDatabase) => Promise<T>): Promise<T> {
  const store = await openStore();
  try {
    const db = await store.activeDatabase();
    if (!db) throw new Error('no active database: run initialSync first');
    return await use(db);
  } finally {
    store.close();
  }
}

/** A record in the middle of a type's list: its values make queries that find something. */
async function sample(db: DataDatabase, typeId: string, at: number): Promise<StoredRecord> {
  const [record] = await db.list(typeId, { offset: Math.floor((await db.count(typeId)) * at), limit: 1 });
  return record ?? {};
}

const words = (value: unknown) =>
  String(value ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** What a rep types: a company, a person, part of a name, an e-mail, one or two letters, a typo. */
async function realisticQueries(db: DataDatabase): Promise<Array<{ label: string; text: string }>> {
  const account = await sample(db, 'Account', 0.5);
  const contact = await sample(db, 'Contact', 0.37);
  const opportunity = await sample(db, 'Opportunity', 0.61);
  const [company = 'acme'] = words(account.Name);
  const first = String(contact.FirstName ?? 'john');
  const last = String(contact.LastName ?? 'smith');
  const [, domain = 'example'] = String(contact.EmailAddress ?? '').split('@');
  return [
    { label: 'one letter', text: first.slice(0, 1) },
    { label: 'two letters', text: last.slice(0, 2) },
    { label: 'company word', text: company },
    { label: 'account name (whole)', text: String(account.Name ?? company) },
    { label: 'first + last prefix', text: `${first} ${last.slice(0, 3)}` },
    { label: 'last name', text: last },
    { label: 'e-mail domain', text: domain },
    { label: 'opportunity words', text: words(opportunity.Name).slice(0, 2).join(' ') },
    { label: 'no match', text: 'qzxv' },
  ];
}

/** p50 and p95 of `runs` timed searches of each query (each with 5 hits per type, as the pane asks). */
export async function globalSearchTimings(runs: number): Promise<GlobalSearchTimings[]> {
  return withActiveDatabase(async (db) => {
    const queries = await realisticQueries(db);
    const result: GlobalSearchTimings[] = [];
    for (const query of queries) {
      const times: number[] = [];
      let hits = 0;
      let total = 0;
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        const found = await db.searchEverything({ text: query.text, perType: 5 });
        times.push(performance.now() - started);
        hits = found.groups.reduce((n, g) => n + g.hits.length, 0);
        total = found.groups.reduce((n, g) => n + g.total, 0);
      }
      result.push({ ...query, hits, total, ms: times });
    }
    return result;
  });
}

/**
 * The active database's records written again into two new databases, 1,000 a transaction as a
 * download writes them: one with only the package's tables (before issue 21), one declared as
 * the add-in declares it (search index maintained on every write). The difference is the index's cost.
 */
export async function indexWriteCost(): Promise<IndexWriteCost> {
  const { layout, name } = await withActiveDatabase(async (db) => ({ layout: db.layout, name: db.name }));
  const source = new Dexie(name);
  await source.open();
  const tables = await Promise.all(
    layout.types.map(async (type) => ({ table: type.table, records: await source.table(type.table).toArray() })),
  );
  source.close();
  const write = async (declare: (dexie: Dexie) => void): Promise<number> => {
    const target = new Dexie(`bench-index-${Date.now()}`);
    declare(target);
    await target.open();
    try {
      const started = performance.now();
      for (const { table, records } of tables) {
        for (let i = 0; i < records.length; i += 1000) {
          await target.transaction('rw', table, () => target.table(table).bulkPut(records.slice(i, i + 1000)));
        }
      }
      return performance.now() - started;
    } finally {
      target.close();
      await Dexie.delete(target.name);
    }
  };
  const withoutMs = await write((dexie) => dexie.version(1).stores(schemaFromLayout(layout)));
  const withMs = await write((dexie) => declareDataSchema(dexie, layout));
  return { records: tables.reduce((n, t) => n + t.records.length, 0), withoutIndexMs: withoutMs, withIndexMs: withMs };
}
