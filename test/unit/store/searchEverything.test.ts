import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { DataDatabase, EverythingResult } from '../../../src/store';
import { localDb, openedStores, serverAccount } from './support/localDb';

afterEach(() => {
  for (const store of openedStores.splice(0)) store.close();
});

const account = (id: string, name: string, location = 'Paris') => ({ ...serverAccount(id, name), Location: location });
const contact = (id: string, first: string, last: string, email = '') => ({
  Id: id,
  FirstName: first,
  LastName: last,
  EmailAddress: email,
  Updated: '02/01/2024 10:00:00',
});

/** `type:id` of every hit, group by group. */
const ids = (result: EverythingResult) => result.groups.map((g) => g.hits.map((h) => `${g.typeId}:${h.id}`));
const find = (db: DataDatabase, text: string, more: object = {}) => db.searchEverything({ text, ...more });

async function seeded() {
  const { db, store, clock } = await localDb();
  await db.writeBatch({
    puts: [
      {
        typeId: 'Account',
        records: [
          account('A-1', 'Acmeworks Industries'),
          account('A-2', 'Acme'),
          account('A-3', 'Acme Corporation'),
          account('A-4', 'Global Acme Holdings'),
          account('A-5', 'Müller GmbH', 'Köln'),
          account('A-6', 'Umbrella', 'Acmeville'),
        ],
      },
      {
        typeId: 'Contact',
        records: [
          contact('C-1', 'Ann', 'Acme', 'ann@example.com'),
          contact('C-2', 'John', 'Smith', 'john.smith@globex.example'),
          contact('C-3', 'Joan', 'Smithers', 'joan@acme.example'),
        ],
      },
    ],
  });
  return { db, store, clock };
}

describe('DataDatabase.searchEverything ranking', () => {
  it('ranks a whole field before a field start, whole words before word starts, and groups by best hit', async () => {
    const { db } = await seeded();
    const result = await find(db, 'acme');
    expect(ids(result)).toEqual([
      // Account "Acme" is the field itself: its group comes first.
      ['Account:A-2', 'Account:A-3', 'Account:A-4', 'Account:A-1', 'Account:A-6'],
      ['Contact:C-1', 'Contact:C-3'],
    ]);
    expect(result.groups[0].hits.map((h) => h.match)).toEqual([
      'field',
      'fieldWords',
      'words',
      'fieldStart',
      'fieldStart',
    ]);
    expect(result.groups.map((g) => g.total)).toEqual([5, 2]);
  });

  it('ranks a word that is typed in full above a longer word it starts', async () => {
    const { db } = await seeded();
    expect(ids(await find(db, 'smith'))).toEqual([['Contact:C-2', 'Contact:C-3']]);
    const [smith, smithers] = (await find(db, 'smith')).groups[0].hits;
    expect(smith.score).toBeGreaterThan(smithers.score);
  });

  it('needs every word of the query to start a word of the record, in any order and any field', async () => {
    const { db } = await seeded();
    expect(ids(await find(db, 'smith jo'))).toEqual([['Contact:C-2', 'Contact:C-3']]);
    expect(ids(await find(db, 'globex john'))).toEqual([['Contact:C-2']]);
    expect(ids(await find(db, 'smith zed'))).toEqual([]);
  });

  it('finds accented names typed without accents, and ignores punctuation and case', async () => {
    const { db } = await seeded();
    expect(ids(await find(db, 'MULLER koln'))).toEqual([['Account:A-5']]);
    expect(ids(await find(db, '  "ann@ex'))).toEqual([['Contact:C-1']]);
  });

  it('finds nothing for a query without words, and only the types asked for', async () => {
    const { db } = await seeded();
    expect(await find(db, ' - ')).toEqual({ groups: [] });
    expect(ids(await find(db, 'acme', { typeIds: ['Contact'] }))).toEqual([['Contact:C-1', 'Contact:C-3']]);
  });

  it('returns perType hits but counts every match', async () => {
    const { db } = await seeded();
    const [accounts] = (await find(db, 'acme', { perType: 2 })).groups;
    expect(accounts.hits.map((h) => h.id)).toEqual(['A-2', 'A-3']);
    expect(accounts).toMatchObject({ total: 5, capped: false });
  });

  it('puts a boosted record (a favourite) above whole-word matches, not above a field starting with the words', async () => {
    const { db } = await seeded();
    const boosted = await find(db, 'acme', { boosts: [{ typeId: 'Account', id: 'A-6', weight: 150 }] });
    expect(boosted.groups[0].hits.map((h) => h.id)).toEqual(['A-2', 'A-3', 'A-6', 'A-4', 'A-1']);
  });

  it('counts a one-letter query as capped when more records start with it than it reads', async () => {
    const { db } = await localDb();
    const many = Array.from({ length: 450 }, (_, i) => account(`A-${i}`, `Alpha ${i}`));
    await db.writeBatch({ puts: [{ typeId: 'Account', records: many }] });
    const [group] = (await find(db, 'a')).groups;
    expect(group).toMatchObject({ total: 400, capped: true });
    expect(group.hits).toHaveLength(5);
  });
});

describe('the search index follows every write of records', () => {
  it('follows a download: changed names, deleted records, a cleared table', async () => {
    const { db } = await seeded();
    await db.writeBatch({
      puts: [{ typeId: 'Account', records: [account('A-2', 'Initech')] }],
      deletes: [{ typeId: 'Contact', ids: ['C-1'] }],
    });
    expect(ids(await find(db, 'initech'))).toEqual([['Account:A-2']]);
    expect(ids(await find(db, 'acme'))).toEqual([
      ['Account:A-3', 'Account:A-4', 'Account:A-1', 'Account:A-6'],
      ['Contact:C-3'],
    ]);
  });

  it('follows local edits: a new record, an edit, a delete, and the Siebel id a new record gets', async () => {
    const { db } = await seeded();
    const created = await db.saveLocalChange({
      operation: 'insert',
      typeId: 'Account',
      values: { Name: 'Zenith Labs' },
    });
    const localId = String(created?.Id);
    expect(ids(await find(db, 'zenith'))).toEqual([[`Account:${localId}`]]);

    await db.saveLocalChange({
      operation: 'update',
      typeId: 'Contact',
      id: 'C-2',
      values: { LastName: 'Doe', EmailAddress: 'john.doe@globex.example' },
    });
    expect(ids(await find(db, 'doe'))).toEqual([['Contact:C-2']]);
    expect(ids(await find(db, 'smith'))).toEqual([['Contact:C-3']]);

    await db.saveLocalChange({ operation: 'delete', typeId: 'Contact', id: 'C-3' });
    expect(ids(await find(db, 'smith'))).toEqual([]);

    await db.acknowledgeUpload({
      typeId: 'Account',
      recordId: localId,
      revision: 1,
      serverRecord: account('A-9', 'Zenith Labs'),
    });
    expect(ids(await find(db, 'zenith labs'))).toEqual([['Account:A-9']]);
  });

  it('is not part of the data checksum (it is derived from the records)', async () => {
    const { db } = await seeded();
    const before = await db.checksum();
    await db.writeBatch({ puts: [{ typeId: 'Account', records: [account('A-2', 'Acme')] }] });
    expect(await db.checksum()).toBe(before);
  });
});
