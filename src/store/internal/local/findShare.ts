import type { Dexie } from 'dexie';
import type { SharedItem } from '../../types';
import { sharesOf } from './localTables';

/**
 * The share row of an Outlook item known by any of `keys`: first a row stored under one of them
 * (its share key), else a row that saw one of them as an alias. Keys are tried in order, so the
 * caller puts the most stable key (the share key recorded on the item) first.
 */
export async function findShare(dexie: Dexie, keys: readonly string[]): Promise<SharedItem | undefined> {
  const wanted = keys.filter((key) => key !== '');
  const table = sharesOf(dexie);
  for (const key of wanted) {
    const row = await table.get(key);
    if (row) return row;
  }
  for (const key of wanted) {
    const row = await table.where('aliases').equals(key).first();
    if (row) return row;
  }
  return undefined;
}
