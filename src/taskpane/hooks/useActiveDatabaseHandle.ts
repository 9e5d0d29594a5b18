import { useEffect, useState } from 'react';
import type { DataDatabase } from '../../store';
import { useAppContext } from '../AppContext';
import type { DatabasePresence } from './assessLocalData';

/** The active database as {@link useActiveDatabaseHandle} sees it. */
export interface ActiveDatabaseHandle {
  /** `null` while loading, when there is none, or when it could not be opened. */
  readonly database: DataDatabase | null;
  readonly presence: DatabasePresence;
}

/**
 * The active database without its parsed package (unlike `useActiveDatabase`, which parses the
 * package after every synchronization), for hooks that only count or check presence. Opened again
 * after every finished synchronization: a full one may have swapped in another database.
 *
 * @example
 * const { database, presence } = useActiveDatabaseHandle();
 */
export function useActiveDatabaseHandle(): ActiveDatabaseHandle {
  const { services, dataVersion } = useAppContext();
  const [state, setState] = useState<ActiveDatabaseHandle>({ database: null, presence: 'loading' });
  useEffect(() => {
    let live = true;
    services.store.activeDatabase().then(
      (database) => live && setState({ database, presence: database ? 'present' : 'absent' }),
      // The views that show the data report the failure; a background check only stands aside.
      () => live && setState({ database: null, presence: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [services.store, dataVersion]);
  return state;
}
