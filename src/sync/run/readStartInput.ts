import { createLogger } from '../../shared';
import { verifyInstalledPackage, type DataDatabase } from '../../store';
import { sameIdentity } from '../identity';
import type { SyncRuntime } from '../ports';
import type { InstalledPackageRef, SyncStartInput } from '../machine/types';

const log = createLogger('sync');

/** The local facts the machine decides on: is there an active database, whose, with which package. */
export async function readStartInput(
  runtime: SyncRuntime,
  active: DataDatabase | null,
  startedAtMs: number,
): Promise<SyncStartInput> {
  const discardPendingChanges = runtime.discardPendingChanges ?? false;
  if (!active) return { full: runtime.full, discardPendingChanges, startedAtMs, active: null };
  const state = await active.syncState();
  const last = state.initialSyncComplete ? (state.lastSuccessfulSyncStartedAt ?? null) : null;
  const pending = await active.listPendingChanges();
  return {
    full: runtime.full,
    discardPendingChanges,
    startedAtMs,
    active: {
      identityMatches: sameIdentity(active.identity, runtime.identity),
      installed: await installedRef(active),
      lastSyncStartedAtMs: last,
      pendingChanges: pending.length,
      readyChanges: pending.filter((c) => c.state === 'ready').length,
    },
  };
}

/**
 * The installed package as the metadata call should announce it. A missing or damaged local copy
 * is announced with no ids and no hash, so the server sends the files again; their schema
 * fingerprint is compared with the one the database was built for, so a repair whose schema is
 * unchanged is installed in place without downloading data again.
 */
async function installedRef(active: DataDatabase): Promise<InstalledPackageRef> {
  const typeIds = active.layout.types.map((t) => t.typeId);
  const verified = await verifyInstalledPackage(active);
  if (!verified.ok) {
    log.warn(`The local customization package is ${verified.reason}; downloading it again: ${verified.message}`);
    return { packageId: '', responsibilityId: '', hashValue: '', schemaFingerprint: active.schemaFingerprint, typeIds };
  }
  const stored = verified.installed;
  return {
    packageId: stored.packageId,
    responsibilityId: stored.responsibilityId,
    hashValue: stored.hashValue,
    schemaFingerprint: stored.schemaFingerprint,
    typeIds,
  };
}
