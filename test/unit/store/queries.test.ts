import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError, type DataDatabase, type Store } from '../../../src/store';
import { installed, JSMITH } from './support/packages';
import { openTestStore } from './support/testStore';

const contacts = [
  {
    Id: 'C-1',
    FirstName: 'anna',
    LastName: 'Zeller',
    EmailAddress: 'anna@zeller.de',
    AccountId: 'A-1',
    WorkPhone: '+49 1',
  },
  {
    Id: 'C-2',
    FirstName: 'Bert',
    LastName: 'Andersen',
    EmailAddress: 'bert@andersen.dk',
    AccountId: 'A-1',
    WorkPhone: '+45 2',
  },
  { Id: 'C-3', FirstName: 'Anton', LastName: 'Berg', EmailAddress: 'zz@berg.se', AccountId: 'A-2', WorkPhone: '+46 3' },
  {
    Id: 'C-4',
    FirstName: 'Carla',
    LastName: 'Alvarez',
    EmailAddress: 'carla@alvarez.es',
    AccountId: null,
    WorkPhone: '+34 4',
  },
  {
    Id: 'C-5',
    FirstName: 'Dora',
    LastName: 'Dunn',
    EmailAddress: 'andrea@dunn.uk',
    AccountId: 'A-2',
    WorkPhone: '+44 5',
  },
];

let store: Store;
let db: DataDatabase;
beforeEach(async () => {
  ({ store } = await openTestStore());
  db = await store.createStagingDatabase(installed(), JSMITH);
  await db.writeBatch({ puts: [{ typeId: 'Contact', records: contacts }] });
});
afterEach(() => store.close());

const ids = (records: readonly { readonly [k: string]: unknown }[]) => records.map((r) => r.Id);

describe('DataDatabase.search', () => {
  it('finds records by a case-insensitive prefix of one field, in index order', async () => {
    expect(ids(await db.search('Contact', { field: 'FirstName', text: 'AN', limit: 10 }))).toEqual(['C-3', 'C-1']);
  });

  it('pages with offset and limit', async () => {
    const all = ids(await db.search('Contact', { field: 'LastName', text: '', limit: 10 }));
    expect(all).toEqual(['C-4', 'C-2', 'C-3', 'C-5', 'C-1']);
    expect(ids(await db.search('Contact', { field: 'LastName', text: '', limit: 2, offset: 2 }))).toEqual([
      'C-3',
      'C-5',
    ]);
  });

  it('searches every searchable field when none is given, each record once, ordered by the matched value', async () => {
    // 'an' matches C-2 by 'Andersen', C-3 by 'Anton', C-5 by 'andrea@dunn.uk', C-1 by 'anna' and
    // 'anna@zeller.de' (the smaller value counts); values compare like index keys (code units).
    const found = ids(await db.search('Contact', { text: 'an', limit: 10 }));
    expect(found).toEqual(['C-2', 'C-3', 'C-5', 'C-1']);
    expect(ids(await db.search('Contact', { text: 'an', limit: 2, offset: 1 }))).toEqual(['C-3', 'C-5']);
  });

  it('refuses a field that has no index', async () => {
    await expect(db.search('Contact', { field: 'WorkPhone', text: '+4', limit: 5 })).rejects.toThrow(
      /"WorkPhone" of "Contact" is not indexed/,
    );
  });

  it('refuses a type the package does not synchronize', async () => {
    await expect(db.search('Lead', { text: 'a', limit: 5 })).rejects.toBeInstanceOf(StoreError);
  });
});

describe('DataDatabase.list', () => {
  it('pages by the primary key by default', async () => {
    expect(ids(await db.list('Contact', { offset: 1, limit: 2 }))).toEqual(['C-2', 'C-3']);
  });

  it('orders by an indexed field, also in reverse', async () => {
    expect(ids(await db.list('Contact', { orderBy: 'FirstName', offset: 0, limit: 3 }))).toEqual(['C-3', 'C-2', 'C-4']);
    expect(ids(await db.list('Contact', { orderBy: 'FirstName', offset: 0, limit: 2, reverse: true }))).toEqual([
      'C-1',
      'C-5',
    ]);
  });
});

describe('DataDatabase lookups', () => {
  it('finds the contacts of an account through the reference index', async () => {
    expect(ids(await db.whereEquals('Contact', 'AccountId', 'A-2'))).toEqual(['C-3', 'C-5']);
  });

  it('finds records by a field without index by scanning', async () => {
    expect(ids(await db.whereEquals('Contact', 'WorkPhone', '+45 2'))).toEqual(['C-2']);
  });

  it('returns every primary key, the count and a single record', async () => {
    expect(await db.primaryKeys('Contact')).toEqual(['C-1', 'C-2', 'C-3', 'C-4', 'C-5']);
    expect(await db.count('Contact')).toBe(5);
    expect(await db.count('Account')).toBe(0);
    expect(await db.get('Contact', 'C-4')).toEqual(contacts[3]);
    expect(await db.get('Contact', 'C-9')).toBeUndefined();
  });
});
