import { useEffect, useState, type DependencyList } from 'react';
import { useStore } from '../../hooks/useAppServices';
import { useDataVersion } from '../../hooks/useSync';

/** Local changes not yet sent, and open synchronization issues. */
export interface LocalCounts {
  readonly pending: number;
  readonly issues: number;
}

/**
 * The counts of the active database, read again after every synchronization and whenever `deps`
 * change (e.g. after the user resolved an issue); `null` until first read. While a new read runs
 * the previous counts stay, so a badge does not flicker.
 */
export function useLocalCounts(deps: DependencyList = []): LocalCounts | null {
  const store = useStore();
  const dataVersion = useDataVersion();
  const [counts, setCounts] = useState<LocalCounts | null>(null);
  useEffect(() => {
    let current = true;
    (async () => {
      const db = await store.activeDatabase();
      if (!db) return { pending: 0, issues: 0 };
      const [pending, issues] = await Promise.all([db.countPendingChanges(), db.countIssues()]);
      return { pending, issues };
    })().then(
      (value) => current && setCounts(value),
      // A count is a hint: when it cannot be read the views that list the data show the error.
      () => current && setCounts(null),
    );
    return () => {
      current = false;
    };
    // The caller names what else the counts depend on.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a hook that takes its deps from its caller
  }, [store, dataVersion, ...deps]);
  return counts;
}
