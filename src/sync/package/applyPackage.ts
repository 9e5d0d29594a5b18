import type { CustomizationPackage } from '../../metadata';
import type { DataDatabase } from '../../store';
import { sameIdentity } from '../identity';
import type { Workspace } from '../run/Workspace';
import type { SyncContext } from '../machine/types';

function installedFrom(ctx: SyncContext, pkg: CustomizationPackage, now: number) {
  return {
    pkg,
    packageId: ctx.packageId,
    responsibilityId: ctx.responsibilityId,
    hashValue: ctx.hashValue,
    installedAt: now,
  };
}

/** A package change that keeps the schema: rewrite the active database's package, keep the data. */
export async function installPackage(ws: Workspace, ctx: SyncContext, pkg: CustomizationPackage): Promise<void> {
  if (!ws.active) throw new Error('No active database to install the package into');
  await ws.active.replaceInstalledPackage(installedFrom(ctx, pkg, ws.runtime.clock.now()));
  ws.target = ws.active;
  ws.pkg = pkg;
}

/**
 * The database an initial run writes into: a staging database of the same identity and schema
 * left by an interrupted run is reopened (its checkpoints make the download resume); other
 * staging databases are stale and discarded; else a new one is created. The active database
 * stays untouched and visible until the final swap.
 */
export async function prepareStaging(
  ws: Workspace,
  ctx: SyncContext,
  pkg: CustomizationPackage,
): Promise<{ databaseName: string; resumed: boolean }> {
  const { store, identity, clock } = ws.runtime;
  let reopened: DataDatabase | null = null;
  for (const entry of await store.listStagingDatabases()) {
    if (!reopened && entry.schemaFingerprint === pkg.schemaFingerprint && sameIdentity(entry.identity, identity)) {
      reopened = await store.openDatabase(entry.name, pkg);
    } else {
      await store.discardDatabase(entry.name);
    }
  }
  const installed = installedFrom(ctx, pkg, clock.now());
  if (reopened) await reopened.replaceInstalledPackage(installed);
  if (reopened) {
    ws.target = reopened;
  } else {
    ws.target = await store.createStagingDatabase(installed, identity);
    // Until the swap, this field holds the first attempt's start (initialSyncComplete=false marks it
    // as not yet successful): a resumed run commits that earlier time, so the next incremental
    // re-reads everything changed since the download really began.
    await ws.target.writeBatch({
      syncState: {
        identity,
        initialSyncComplete: false,
        lastSuccessfulSyncStartedAt: ctx.startedAtMs,
      },
    });
  }
  ws.pkg = pkg;
  return { databaseName: ws.target.name, resumed: reopened !== null };
}
