import { useEffect, useState } from 'react';
import type { DataDatabase, PendingChange } from '../../store';

/** The local changes not yet sent to Siebel, as the views ask about them. */
export interface PendingChanges {
  /** The pending change of a record, if it has one. */
  of(typeId: string, recordId: string): PendingChange | undefined;
  /** Pending deletions: those records are gone from the lists but not yet from Siebel. */
  readonly deletions: readonly PendingChange[];
  readonly count: number;
}

const NONE: PendingChanges = { of: () => undefined, deletions: [], count: 0 };

/**
 * The pending changes of `db`, read again whenever `version` changes (bump it after a local save,
 * and pass the data version so a finished synchronization clears what it sent).
 *
 * @example
 * const pending = usePendingChanges(database, dataVersion + localSaves);
 * pending.of('Contact', id) && <PendingBadge />
 */
export function usePendingChanges(db: DataDatabase | null, version: number): PendingChanges {
  const [state, setState] = useState<PendingChanges>(NONE);
  useEffect(() => {
    if (!db) return setState(NONE);
    let live = true;
    db.listPendingChanges().then(
      (changes) => {
        if (!live) return;
        const byKey = new Map(changes.map((change) => [`${change.typeId}\u0000${change.recordId}`, change]));
        setState({
          of: (typeId, recordId) => byKey.get(`${typeId}\u0000${recordId}`),
          deletions: changes.filter((change) => change.operation === 'delete'),
          count: changes.length,
        });
      },
      // The badge is a hint: a failed read shows none rather than breaking the records view.
      () => live && setState(NONE),
    );
    return () => {
      live = false;
    };
  }, [db, version]);
  return state;
}
