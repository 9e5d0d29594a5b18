import { useEffect, useState } from 'react';
import { parsePackage } from '../../metadata';
import type { CustomizationPackage } from '../../metadata';
import type { DataDatabase } from '../../store';
import { useAppContext } from '../AppContext';

/** The data the user sees: the active database and its parsed package. */
export interface ActiveDatabase {
  /** `null` before the first initial synchronization completed. */
  readonly database: DataDatabase | null;
  readonly pkg: CustomizationPackage | null;
  readonly loading: boolean;
  readonly error: string | null;
}

/**
 * The active database, reloaded after every finished synchronization. During an initial sync
 * for a new user the old database stays active (the store builds the new one as staging), so
 * the old data remains visible until the swap.
 */
export function useActiveDatabase(): ActiveDatabase {
  const { services, dataVersion } = useAppContext();
  const [state, setState] = useState<ActiveDatabase>({ database: null, pkg: null, loading: true, error: null });
  useEffect(() => {
    let live = true;
    (async () => {
      const database = await services.store.activeDatabase();
      const pkg = database ? await parsePackage((await database.installedPackage()).files) : null;
      if (live) setState({ database, pkg, loading: false, error: null });
    })().catch((error: unknown) => {
      if (live)
        setState({ database: null, pkg: null, loading: false, error: (error as Error)?.message ?? String(error) });
    });
    return () => {
      live = false;
    };
  }, [services.store, dataVersion]);
  return state;
}
