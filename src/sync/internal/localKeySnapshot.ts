import type { DataDatabase } from '../../store';
import type { Workspace } from './Workspace';

/**
 * The local primary keys of one type, read when its incremental download starts, and the ids that
 * download then added. Together they are the type's local ids at its deletion check.
 */
export interface LocalKeySnapshot {
  readonly typeId: string;
  readonly keys: Promise<string[]>;
  /** Ids this run wrote for the first time after the snapshot was taken. */
  readonly added: Set<string>;
  /** Ids the download removed (changed records that left the preset's filter, `filterExits`). */
  readonly removed: Set<string>;
}

/**
 * Starts reading the local keys of `typeId` now, before the download writes anything, and parks
 * the read on the workspace for the deletion check. Read at the check itself, the ~33,000 keys of a
 * large type took 100–200 ms with the session idle; read here, the read overlaps the changes query
 * and the Id listing. IndexedDB orders a read after the writes created before it, so the snapshot
 * is taken before the first write and the download reports what it adds ({@link LocalKeySnapshot.added}).
 */
export function startLocalKeySnapshot(ws: Workspace, db: DataDatabase, typeId: string): LocalKeySnapshot {
  const keys = db.primaryKeys(typeId);
  // A failed read is reported by the deletion check that awaits it; a run failing earlier drops it.
  keys.catch(() => undefined);
  const snapshot: LocalKeySnapshot = { typeId, keys, added: new Set(), removed: new Set() };
  ws.localKeys = snapshot;
  return snapshot;
}

/**
 * The local ids of `typeId` now: the snapshot taken when its download started plus what the
 * download added minus what it removed, or a fresh read when there is no snapshot of this type.
 * No id appears twice.
 */
export async function takeLocalKeys(ws: Workspace, db: DataDatabase, typeId: string): Promise<string[]> {
  const snapshot = ws.localKeys;
  if (!snapshot || snapshot.typeId !== typeId) return db.primaryKeys(typeId);
  ws.localKeys = null;
  const keys = await snapshot.keys;
  const kept = snapshot.removed.size === 0 ? keys : keys.filter((id) => !snapshot.removed.has(id));
  if (snapshot.added.size === 0) return kept;
  return [...new Set([...kept, ...snapshot.added])];
}
