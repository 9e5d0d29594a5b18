import type { Store } from '../Store';
import type { Identity } from '../types';

/** A record a rep opened or pinned: its type, primary key and when (epoch ms). */
export interface PersonalRecord {
  readonly typeId: string;
  readonly id: string;
  readonly at: number;
}

/** A rep's recent records (newest first) and favourites (newest pin first). */
export interface PersonalRecords {
  readonly recent: readonly PersonalRecord[];
  readonly favourites: readonly PersonalRecord[];
}

/** Recent records kept: what a rep opened in about a day. */
export const MAX_RECENT = 20;
/** Favourites kept; pinning one more lets the oldest pin go. */
export const MAX_FAVOURITES = 100;

const EMPTY: PersonalRecords = { recent: [], favourites: [] };

/**
 * The settings key of a rep's lists. Per user and server, in the directory database rather than
 * in a data database: the lists survive a full resynchronization (a new data database), and
 * another user of the same Outlook profile sees their own.
 */
function keyOf(identity: Identity): string {
  return `personalRecords\u0000${identity.serverUrl}\u0000${identity.userName}`;
}

const same = (a: { typeId: string; id: string }) => (b: { typeId: string; id: string }) =>
  a.typeId === b.typeId && a.id === b.id;

/** The rep's lists; empty when none were saved (or what was saved is not a list any more). */
export async function readPersonalRecords(store: Store, identity: Identity): Promise<PersonalRecords> {
  const value = await store.getSetting(keyOf(identity));
  if (typeof value !== 'object' || value === null) return EMPTY;
  const { recent, favourites } = value as Partial<PersonalRecords>;
  return { recent: validList(recent), favourites: validList(favourites) };
}

function validList(list: unknown): PersonalRecord[] {
  if (!Array.isArray(list)) return [];
  return list.filter(
    (r): r is PersonalRecord =>
      typeof r === 'object' && r !== null && typeof r.typeId === 'string' && typeof r.id === 'string',
  );
}

async function update(
  store: Store,
  identity: Identity,
  change: (current: PersonalRecords) => PersonalRecords,
): Promise<PersonalRecords> {
  const next = change(await readPersonalRecords(store, identity));
  await store.setSetting(keyOf(identity), next);
  return next;
}

/** Puts a record first among the recent ones (once), keeping {@link MAX_RECENT}. */
export function notePersonalRecordOpened(
  store: Store,
  identity: Identity,
  ref: { typeId: string; id: string },
  at: number,
): Promise<PersonalRecords> {
  return update(store, identity, (current) => ({
    ...current,
    recent: [{ typeId: ref.typeId, id: ref.id, at }, ...current.recent.filter((r) => !same(ref)(r))].slice(
      0,
      MAX_RECENT,
    ),
  }));
}

/** Pins (`favourite`) or unpins a record; a new pin comes first. */
export function setPersonalFavourite(
  store: Store,
  identity: Identity,
  ref: { typeId: string; id: string },
  favourite: boolean,
  at: number,
): Promise<PersonalRecords> {
  return update(store, identity, (current) => {
    const others = current.favourites.filter((r) => !same(ref)(r));
    const favourites = favourite ? [{ typeId: ref.typeId, id: ref.id, at }, ...others] : others;
    return { ...current, favourites: favourites.slice(0, MAX_FAVOURITES) };
  });
}

/**
 * Follows records that changed: `renamed` ones (a new record that got its Siebel Id) keep their
 * place under the new id, `gone` ones (deleted on the server, out of the sync filter) leave both lists.
 */
export function settlePersonalRecords(
  store: Store,
  identity: Identity,
  changes: {
    readonly renamed: ReadonlyArray<{ typeId: string; from: string; to: string }>;
    readonly gone: ReadonlyArray<{ typeId: string; id: string }>;
  },
): Promise<PersonalRecords> {
  const settle = (list: readonly PersonalRecord[]) => {
    const seen = new Set<string>();
    return list
      .filter((r) => !changes.gone.some(same(r)))
      .map((r) => {
        const to = changes.renamed.find((x) => x.typeId === r.typeId && x.from === r.id)?.to;
        return to ? { ...r, id: to } : r;
      })
      .filter((r) => {
        const key = `${r.typeId}\u0000${r.id}`;
        return seen.has(key) ? false : (seen.add(key), true);
      });
  };
  return update(store, identity, (current) => ({
    recent: settle(current.recent),
    favourites: settle(current.favourites),
  }));
}
