import type { DataDatabase } from '../../store';
import { sameIdentity } from '../identity';
import type { SyncRuntime } from '../ports';
import { siebelDateToMs } from '../siebelDate';
import type { SyncStartInput } from '../types';

/** The local facts the machine decides on: is there an active database, whose, with which package. */
export async function readStartInput(runtime: SyncRuntime, active: DataDatabase | null, startedAtMs: number): Promise<SyncStartInput> {
  if (!active) return { full: runtime.full, startedAtMs, active: null };
  const stored = await active.installedPackage();
  const state = await active.syncState();
  const last = state.initialSyncComplete && state.lastSuccessfulSyncServerTime ? siebelDateToMs(state.lastSuccessfulSyncServerTime) : null;
  return {
    full: runtime.full,
    startedAtMs,
    active: {
      identityMatches: sameIdentity(active.identity, runtime.identity),
      installed: {
        packageId: stored.packageId,
        responsibilityId: stored.responsibilityId,
        hashValue: stored.hashValue,
        schemaFingerprint: stored.schemaFingerprint,
        typeIds: active.layout.types.map((t) => t.typeId),
      },
      lastSyncStartedAtMs: last,
    },
  };
}
