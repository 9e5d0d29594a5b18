import { useCallback, useEffect, useState } from 'react';
import {
  notePersonalRecordOpened,
  readPersonalRecords,
  setPersonalFavourite,
  settlePersonalRecords,
  type DataDatabase,
  type PersonalRecord,
  type PersonalRecords,
  type SearchBoost,
  type Store,
  type StoredRecord,
} from '../../../../store';
import type { RecordRef } from '../RecordRef';

/** A recent or favourite record with what it holds now. */
export interface PersonalEntry extends RecordRef {
  readonly record: StoredRecord;
}

/** The rep's recent and favourite records, read for the Records home. */
export interface PersonalRecordsState {
  readonly loading: boolean;
  readonly error: unknown;
  readonly favourites: readonly PersonalEntry[];
  /** Recently opened, newest first. */
  readonly recent: readonly PersonalEntry[];
  /** Ranks them higher in the search: favourites most. */
  readonly boosts: readonly SearchBoost[];
  isFavourite(ref: RecordRef): boolean;
  setFavourite(ref: RecordRef, favourite: boolean): Promise<void>;
  noteOpened(ref: RecordRef): void;
}

const FAVOURITE_BOOST = 150;
const RECENT_BOOST = 75;

/**
 * Reads the lists of the database's user and the records they name, after every data change. A
 * record that is gone (deleted on the server, left the sync filter) leaves the lists quietly; a new
 * record that got its Siebel id is followed to it.
 */
export function usePersonalRecords(store: Store, db: DataDatabase, dataVersion: number): PersonalRecordsState {
  const [lists, setLists] = useState<PersonalRecords>({ recent: [], favourites: [] });
  const [records, setRecords] = useState<ReadonlyMap<string, StoredRecord>>(new Map());
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [saves, setSaves] = useState(0);

  useEffect(() => {
    let live = true;
    resolveLists(store, db)
      .then((resolved) => {
        if (!live) return;
        setLists(resolved.lists);
        setRecords(resolved.records);
        setError(null);
      })
      .catch((e: unknown) => live && setError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [store, db, dataVersion, saves]);

  const noteOpened = useCallback(
    (ref: RecordRef) => {
      notePersonalRecordOpened(store, db.identity, ref, Date.now()).then(
        () => setSaves((n) => n + 1),
        // Remembering a recent record is a convenience: a failure must not disturb the record shown.
        () => undefined,
      );
    },
    [store, db],
  );
  const setFavourite = useCallback(
    async (ref: RecordRef, favourite: boolean) => {
      setLists(await setPersonalFavourite(store, db.identity, ref, favourite, Date.now()));
      setSaves((n) => n + 1);
    },
    [store, db],
  );

  const entries = (list: readonly PersonalRecord[]) =>
    list.flatMap((r) => {
      const record = records.get(keyOf(r));
      return record ? [{ typeId: r.typeId, id: r.id, record }] : [];
    });
  const favourites = new Set(lists.favourites.map(keyOf));
  return {
    loading,
    error,
    favourites: entries(lists.favourites),
    recent: entries(lists.recent),
    boosts: [
      ...lists.favourites.map((r) => ({ typeId: r.typeId, id: r.id, weight: FAVOURITE_BOOST })),
      ...lists.recent
        .filter((r) => !favourites.has(keyOf(r)))
        .map((r, i) => ({ typeId: r.typeId, id: r.id, weight: RECENT_BOOST - i * 2 })),
    ],
    isFavourite: (ref) => favourites.has(keyOf(ref)),
    setFavourite,
    noteOpened,
  };
}

const keyOf = (ref: RecordRef) => `${ref.typeId}\u0000${ref.id}`;

/** The lists with every record read; gone ones settled away (renamed followed). */
async function resolveLists(
  store: Store,
  db: DataDatabase,
): Promise<{ lists: PersonalRecords; records: Map<string, StoredRecord> }> {
  let lists = await readPersonalRecords(store, db.identity);
  const known = new Set(db.layout.types.map((t) => t.typeId));
  const refs = [...new Map([...lists.recent, ...lists.favourites].map((r) => [keyOf(r), r])).values()];
  const records = new Map<string, StoredRecord>();
  const renamed: Array<{ typeId: string; from: string; to: string }> = [];
  const gone: RecordRef[] = [];
  for (const typeId of new Set(refs.map((r) => r.typeId))) {
    const ofType = refs.filter((r) => r.typeId === typeId);
    if (!known.has(typeId)) {
      gone.push(...ofType);
      continue;
    }
    const found = await db.getMany(
      typeId,
      ofType.map((r) => r.id),
    );
    for (const [i, ref] of ofType.entries()) {
      const record = found[i];
      if (record) {
        records.set(keyOf(ref), record);
        continue;
      }
      const now = await db.currentId(typeId, ref.id);
      const moved = now !== ref.id ? await db.get(typeId, now) : undefined;
      if (moved) {
        renamed.push({ typeId, from: ref.id, to: now });
        records.set(keyOf({ typeId, id: now }), moved);
      } else gone.push(ref);
    }
  }
  if (renamed.length || gone.length) lists = await settlePersonalRecords(store, db.identity, { renamed, gone });
  return { lists, records };
}
