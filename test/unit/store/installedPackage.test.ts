import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { computeContentHash } from '../../../src/metadata';
import { InstalledPackageMissingError, StoreError, verifyInstalledPackage, type Store } from '../../../src/store';
import { installed, JSMITH, samplePackage } from './support/packages';
import { openTestStore } from './support/testStore';

const stores: Store[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

/** A package whose contentHash is the real one of its files, as parsePackage would produce it. */
async function hashedPackage(content = '<SiebelMetaInfo/>') {
  const files = [{ name: 'siebel_meta_info.xml', type: 'XML', content }];
  return samplePackage({ files, contentHash: await computeContentHash(files) });
}

async function setup() {
  const env = await openTestStore();
  stores.push(env.store);
  const db = await env.store.createStagingDatabase(installed(await hashedPackage()), JSMITH);
  return { ...env, db };
}

describe('DataDatabase.replaceInstalledPackage', () => {
  it('replaces the package in place for a change that keeps the schema, keeping the records', async () => {
    const { db } = await setup();
    await db.writeBatch({ puts: [{ typeId: 'Account', records: [{ Id: 'A-1', Name: 'Kept' }] }] });
    const next = await hashedPackage('<SiebelMetaInfo><!-- new label --></SiebelMetaInfo>');
    await db.replaceInstalledPackage({ ...installed(next, 'PKG-2'), hashValue: 'server-hash-2' });

    const stored = await db.installedPackage();
    expect(stored).toMatchObject({
      packageId: 'PKG-2',
      hashValue: 'server-hash-2',
      contentHash: next.contentHash,
      schemaFingerprint: 'schema-v1',
    });
    expect(stored.files).toEqual(next.files);
    expect(await db.get('Account', 'A-1')).toMatchObject({ Name: 'Kept' });
  });

  it('refuses a package with another schema fingerprint and keeps the old one', async () => {
    const { db } = await setup();
    const other = samplePackage({ schemaFingerprint: 'schema-v2' });
    await expect(db.replaceInstalledPackage(installed(other, 'PKG-3'))).rejects.toBeInstanceOf(StoreError);
    expect((await db.installedPackage()).packageId).toBe('PKG-1');
  });
});

describe('verifyInstalledPackage', () => {
  it('accepts an intact package and returns it for re-parsing', async () => {
    const { db } = await setup();
    const result = await verifyInstalledPackage(db);
    expect(result.ok).toBe(true);
    expect(result.ok && result.installed.files[0].name).toBe('siebel_meta_info.xml');
  });

  it('detects a package whose files were altered after installation', async () => {
    const { store, db, raw } = await setup();
    db.close();
    const dexie = await raw(db.name);
    await dexie
      .table('_package')
      .update('package', { files: [{ name: 'siebel_meta_info.xml', type: 'XML', content: '<broken' }] });
    dexie.close();

    const result = await verifyInstalledPackage(await store.openDatabase(db.name));
    expect(result).toMatchObject({ ok: false, reason: 'tampered' });
  });

  it('detects a database whose package row is missing', async () => {
    const { store, db, raw } = await setup();
    db.close();
    const dexie = await raw(db.name);
    await dexie.table('_package').clear();
    dexie.close();

    const reopened = await store.openDatabase(db.name);
    await expect(reopened.installedPackage()).rejects.toBeInstanceOf(InstalledPackageMissingError);
    expect(await verifyInstalledPackage(reopened)).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('uses the hash function it is given', async () => {
    const { db } = await setup();
    expect(await verifyInstalledPackage(db, async () => 'not-the-stored-hash')).toMatchObject({
      ok: false,
      reason: 'tampered',
    });
    const stored = (await db.installedPackage()).contentHash;
    expect(await verifyInstalledPackage(db, async () => stored)).toMatchObject({ ok: true });
  });
});

describe('verifyInstalledPackage on a closed database', () => {
  it('rethrows a storage failure instead of reporting the package missing', async () => {
    const { db } = await setup();
    db.close();
    await expect(verifyInstalledPackage(db)).rejects.toBeInstanceOf(StoreError);
    await expect(verifyInstalledPackage(db)).rejects.not.toBeInstanceOf(InstalledPackageMissingError);
  });
});
