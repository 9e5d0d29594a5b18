import { describe, expect, it } from 'vitest';
import {
  MAX_RECENT,
  notePersonalRecordOpened,
  readPersonalRecords,
  setPersonalFavourite,
  settlePersonalRecords,
} from '../../../src/store';
import { JSMITH } from './support/packages';
import { openTestStore } from './support/testStore';

const OTHER = { ...JSMITH, userName: 'AJONES' };

describe('recent and favourite records of a rep', () => {
  it('keeps the newest opened first, once each, at most MAX_RECENT', async () => {
    const { store } = await openTestStore();
    for (let i = 0; i < MAX_RECENT + 5; i++)
      await notePersonalRecordOpened(store, JSMITH, { typeId: 'Account', id: `A-${i}` }, i);
    await notePersonalRecordOpened(store, JSMITH, { typeId: 'Account', id: 'A-10' }, 100);
    const { recent } = await readPersonalRecords(store, JSMITH);
    expect(recent).toHaveLength(MAX_RECENT);
    expect(recent.slice(0, 3).map((r) => r.id)).toEqual(['A-10', 'A-24', 'A-23']);
    expect(recent.filter((r) => r.id === 'A-10')).toHaveLength(1);
    store.close();
  });

  it('pins and unpins per user and server, and keeps them across a reopened store', async () => {
    const env = await openTestStore();
    await setPersonalFavourite(env.store, JSMITH, { typeId: 'Contact', id: 'C-1' }, true, 1);
    await setPersonalFavourite(env.store, JSMITH, { typeId: 'Account', id: 'A-1' }, true, 2);
    await setPersonalFavourite(env.store, JSMITH, { typeId: 'Contact', id: 'C-1' }, false, 3);
    env.store.close();
    const store = await env.reopen();
    expect((await readPersonalRecords(store, JSMITH)).favourites).toEqual([{ typeId: 'Account', id: 'A-1', at: 2 }]);
    expect(await readPersonalRecords(store, OTHER)).toEqual({ recent: [], favourites: [] });
    expect(await readPersonalRecords(store, { ...JSMITH, serverUrl: 'https://other.example.com' })).toEqual({
      recent: [],
      favourites: [],
    });
    store.close();
  });

  it('drops records that are gone and follows a new record to its Siebel id', async () => {
    const { store } = await openTestStore();
    await notePersonalRecordOpened(store, JSMITH, { typeId: 'Account', id: 'local-1' }, 1);
    await notePersonalRecordOpened(store, JSMITH, { typeId: 'Account', id: 'A-2' }, 2);
    await setPersonalFavourite(store, JSMITH, { typeId: 'Account', id: 'local-1' }, true, 3);
    await setPersonalFavourite(store, JSMITH, { typeId: 'Account', id: 'A-2' }, true, 4);
    const settled = await settlePersonalRecords(store, JSMITH, {
      renamed: [{ typeId: 'Account', from: 'local-1', to: 'A-9' }],
      gone: [{ typeId: 'Account', id: 'A-2' }],
    });
    expect(settled).toEqual({
      recent: [{ typeId: 'Account', id: 'A-9', at: 1 }],
      favourites: [{ typeId: 'Account', id: 'A-9', at: 3 }],
    });
    expect(await readPersonalRecords(store, JSMITH)).toEqual(settled);
    store.close();
  });

  it('reads damaged settings as empty lists instead of failing', async () => {
    const { store } = await openTestStore();
    await store.setSetting(`personalRecords\u0000${JSMITH.serverUrl}\u0000${JSMITH.userName}`, {
      recent: 'nope',
      favourites: [{ typeId: 'Account', id: 'A-1', at: 1 }, { id: 3 }],
    });
    expect(await readPersonalRecords(store, JSMITH)).toEqual({
      recent: [],
      favourites: [{ typeId: 'Account', id: 'A-1', at: 1 }],
    });
    store.close();
  });
});
