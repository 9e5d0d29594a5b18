import type { DataDatabase } from '../../store';

/**
 * The start (client clock) of the first attempt of a resumed initial download, else `startedAtMs`.
 * `applyPackage` stamps a new staging database with its run's start; a resumed run finds it there.
 */
export async function firstAttemptStart(db: DataDatabase, startedAtMs: number): Promise<number> {
  const state = await db.syncState();
  const begun = state.initialSyncComplete ? undefined : state.lastSuccessfulSyncStartedAt;
  return begun === undefined ? startedAtMs : Math.min(begun, startedAtMs);
}
