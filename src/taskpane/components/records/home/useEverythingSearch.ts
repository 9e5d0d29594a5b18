import { useEffect, useRef, useState } from 'react';
import type { DataDatabase, EverythingResult, SearchBoost } from '../../../../store';
import { useDebouncedValue } from '../useDebouncedValue';

/**
 * Keys closer together than this are searched once. The search of everything takes 10–30 ms on
 * 100,000 records (docs/performance.md, "Search of everything"), so, as in the lists, the first key
 * after a pause searches at once and only a burst (a paste, fast typing) waits.
 */
export const EVERYTHING_DEBOUNCE_MS = 60;

/** Hits shown per type until the rep asks for more. */
export const FIRST_HITS = 5;

/** The search's answer for the text shown, or where it stands. */
export interface EverythingSearch {
  /** The text the answer is for (trimmed); '' when nothing is searched. */
  readonly text: string;
  readonly result: EverythingResult | null;
  readonly searching: boolean;
  readonly error: unknown;
}

/**
 * Searches every type for `query` (debounced), dropping answers to older texts. `more` lists the
 * types the rep expanded: they return more hits.
 */
export function useEverythingSearch(
  db: DataDatabase,
  query: string,
  boosts: readonly SearchBoost[],
  more: readonly string[],
  dataVersion: number,
): EverythingSearch {
  const text = useDebouncedValue(query, EVERYTHING_DEBOUNCE_MS, { leading: true }).trim();
  const [state, setState] = useState<EverythingSearch>({ text: '', result: null, searching: false, error: null });
  const latest = useRef(0);
  const boostKey = boosts.map((b) => `${b.typeId}:${b.id}:${b.weight}`).join('|');
  const boostsRef = useRef(boosts);
  boostsRef.current = boosts;
  const moreKey = more.join('|');

  useEffect(() => {
    const mine = ++latest.current;
    if (text === '') {
      setState({ text: '', result: null, searching: false, error: null });
      return;
    }
    setState((s) => ({ ...s, searching: true }));
    const perType = FIRST_HITS;
    Promise.all([
      db.searchEverything({ text, perType, boosts: boostsRef.current }),
      moreKey === ''
        ? null
        : db.searchEverything({ text, perType: 50, boosts: boostsRef.current, typeIds: moreKey.split('|') }),
    ]).then(
      ([result, expanded]) => {
        if (mine !== latest.current) return;
        const groups = result.groups.map((g) => expanded?.groups.find((e) => e.typeId === g.typeId) ?? g);
        setState({ text, result: { groups }, searching: false, error: null });
      },
      (error: unknown) => mine === latest.current && setState({ text, result: null, searching: false, error }),
    );
  }, [db, text, boostKey, moreKey, dataVersion]);
  return state;
}
