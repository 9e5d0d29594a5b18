import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dumpAll, restoreDatabase, type DatabaseDump } from './idbDump';

const SUFFIX = '.idb.json';

/** JSON with Dates kept (IndexedDB stores them; plain JSON would turn them into strings). */
function encode(dump: DatabaseDump): string {
  return JSON.stringify(dump, function (key, value) {
    const raw = (this as Record<string, unknown>)[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : value;
  });
}

function decode(text: string): DatabaseDump {
  return JSON.parse(text, (_key, value) =>
    value && typeof value === 'object' && typeof value.$date === 'string' && Object.keys(value).length === 1
      ? new Date(value.$date)
      : value,
  );
}

function fileName(database: string): string {
  return encodeURIComponent(database) + SUFFIX;
}

/** Loads every database file of `dir` into the factory (a missing directory is an empty one). */
export async function loadDataDirectory(dir: string, factory: IDBFactory): Promise<number> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(SUFFIX));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  for (const name of names) await restoreDatabase(factory, decode(await readFile(join(dir, name), 'utf8')));
  return names.length;
}

/**
 * Writes every database of the factory to `dir`, one file each, atomically (temp file + rename:
 * an interrupted save leaves the previous file intact), and removes files of deleted databases.
 */
export async function saveDataDirectory(dir: string, factory: IDBFactory): Promise<number> {
  await mkdir(dir, { recursive: true });
  const dumps = await dumpAll(factory);
  const keep = new Set<string>();
  for (const dump of dumps) {
    const target = join(dir, fileName(dump.name));
    const temp = `${target}.${process.pid}.tmp`;
    await writeFile(temp, encode(dump), 'utf8');
    await rename(temp, target);
    keep.add(fileName(dump.name));
  }
  for (const name of await readdir(dir)) {
    if (name.endsWith(SUFFIX) && !keep.has(name)) await rm(join(dir, name), { force: true });
  }
  return dumps.length;
}
