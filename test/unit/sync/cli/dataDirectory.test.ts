import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataDirectory, saveDataDirectory } from '../../../../src/cli/dataDirectory';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

function req<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

async function seed(factory: IDBFactory): Promise<void> {
  const open = factory.open('crm-data-1', 30);
  open.onupgradeneeded = () => {
    const accounts = open.result.createObjectStore('Account', { keyPath: 'Id' });
    accounts.createIndex('Name', 'Name');
    open.result.createObjectStore('_meta');
  };
  const db = await req(open);
  const tx = db.transaction(['Account', '_meta'], 'readwrite');
  tx.objectStore('Account').put({ Id: '1-A', Name: 'Acme', Revenue: 12.5, Active: true, Note: null });
  tx.objectStore('_meta').put({ at: new Date(Date.UTC(2024, 0, 2)) }, 'state');
  await new Promise((r) => (tx.oncomplete = r));
  db.close();
}

describe('saveDataDirectory / loadDataDirectory', () => {
  it('restores databases with their version, indexes, out-of-line keys and Date values', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'idb-dump-'));
    dirs.push(dir);
    const original = new IDBFactory();
    await seed(original);
    expect(await saveDataDirectory(dir, original)).toBe(1);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    const restored = new IDBFactory();
    expect(await loadDataDirectory(dir, restored)).toBe(1);
    const db = await req(restored.open('crm-data-1'));
    expect(db.version).toBe(30);
    const tx = db.transaction(['Account', '_meta']);
    expect(await req(tx.objectStore('Account').index('Name').get('Acme'))).toEqual({
      Id: '1-A',
      Name: 'Acme',
      Revenue: 12.5,
      Active: true,
      Note: null,
    });
    const meta = await req(tx.objectStore('_meta').get('state'));
    expect(meta.at).toBeInstanceOf(Date);
    expect(meta.at.toISOString()).toBe('2024-01-02T00:00:00.000Z');
    db.close();
  });

  it('treats a missing directory as empty and removes files of deleted databases on save', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'idb-dump-'));
    dirs.push(dir);
    expect(await loadDataDirectory(join(dir, 'absent'), new IDBFactory())).toBe(0);
    const factory = new IDBFactory();
    await seed(factory);
    await saveDataDirectory(dir, factory);
    await req(factory.deleteDatabase('crm-data-1'));
    await saveDataDirectory(dir, factory);
    expect(await readdir(dir)).toEqual([]);
  });
});
