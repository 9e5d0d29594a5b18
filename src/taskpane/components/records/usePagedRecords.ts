import { useCallback, useEffect, useRef, useState } from 'react';
import type { StoredRecord } from '../../../store';

/** Rows fetched per request: the first page is what a search shows at once. */
export const PAGE_SIZE = 50;

/** One source of rows: a page by offset, and the total when it is known up front. */
export interface PagedSource {
  /** Changes whenever the rows change meaning (type, order, search text, data version). */
  readonly key: string;
  fetchPage(offset: number, limit: number): Promise<StoredRecord[]>;
  /** `null` when unknown (search): the list grows page by page as the user scrolls. */
  count(): Promise<number | null>;
}

/** What a windowed list renders. */
export interface PagedRecords {
  /** Rows the list has room for; a search with more pages shows one extra "loading" row. */
  readonly rowCount: number;
  readonly loading: boolean;
  readonly error: unknown;
  /** The row at `index`, `undefined` while its page is not loaded. */
  row(index: number): StoredRecord | undefined;
  /** Asks for the pages covering rows `first..last` (the visible window); loads only those. */
  ensureRange(first: number, last: number): void;
}

/**
 * Loads a list in pages of {@link PAGE_SIZE} as the window asks for them, never the whole table.
 * A short page marks the real end (records without a value in the sort field are not listed).
 */
export function usePagedRecords(source: PagedSource): PagedRecords {
  const pages = useRef(new Map<number, StoredRecord[]>());
  const inFlight = useRef(new Set<number>());
  const generation = useRef(0);
  const [total, setTotal] = useState<number | null>(null);
  const [end, setEnd] = useState<number | null>(null);
  const [, setTick] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const sourceRef = useRef(source);
  sourceRef.current = source;

  const loadPage = useCallback((page: number) => {
    if (pages.current.has(page) || inFlight.current.has(page)) return;
    const mine = generation.current;
    inFlight.current.add(page);
    sourceRef.current
      .fetchPage(page * PAGE_SIZE, PAGE_SIZE)
      .then((rows) => {
        if (mine !== generation.current) return;
        pages.current.set(page, rows);
        if (rows.length < PAGE_SIZE) setEnd(page * PAGE_SIZE + rows.length);
        setTick((t) => t + 1);
      })
      .catch((e: unknown) => mine === generation.current && setError(e))
      .finally(() => {
        inFlight.current.delete(page);
        if (mine === generation.current) setLoading(false);
      });
  }, []);

  useEffect(() => {
    generation.current++;
    pages.current = new Map();
    inFlight.current = new Set();
    setTotal(null);
    setEnd(null);
    setError(null);
    setLoading(true);
    const mine = generation.current;
    sourceRef.current.count().then(
      (n) => mine === generation.current && setTotal(n),
      (e: unknown) => mine === generation.current && setError(e),
    );
    loadPage(0);
  }, [source.key, loadPage]);

  const loaded = Math.max(0, ...[...pages.current.entries()].map(([page, rows]) => page * PAGE_SIZE + rows.length));
  const rowCount = end !== null ? end : total !== null ? total : loaded + (pages.current.size > 0 ? 1 : 0);

  return {
    rowCount,
    loading,
    error,
    row: (index) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    ensureRange: (first, last) => {
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) loadPage(page);
    },
  };
}
