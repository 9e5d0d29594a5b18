import type { CustomizationPackage } from '../../metadata';
import type { DataDatabase } from '../../store';
import { PendingChangesError } from '../errors/PendingChangesError';
import { sameIdentity } from '../identity';
import { firstAttemptStart } from './firstAttemptStart';
import type { Workspace } from './Workspace';
import type { SyncEffect } from '../machine/types';
import { ensureTarget } from './ensureTarget';
import { lowerWatermarksAfterClockStepBack } from '../download/serverClockStepBack';

/**
 * Ends a successful run: saves its start time (when the data was last complete; each type's
 * incremental lower bound is its own server-time watermark) and package ids; an initial run then
 * drops its checkpoints and swaps the staging database in.
 */
export async function commit(ws: Workspace, effect: Extract<SyncEffect, { type: 'commit' }>): Promise<void> {
  const db = await ensureTarget(ws);
  // Before the count of unsent changes: the swap should follow the count closely.
  await lowerWatermarksAfterClockStepBack(ws, db);
  const closed = effect.kind === 'initial' ? await refuseToDropChanges(ws, db) : null;
  try {
    await saveAndSwap(ws, db, effect);
  } catch (error) {
    // The swap did not happen: the user edits the database the count closed again.
    await closed?.reopenForEdits().catch(() => undefined);
    throw error;
  }
}

async function saveAndSwap(
  ws: Workspace,
  db: DataDatabase,
  effect: Extract<SyncEffect, { type: 'commit' }>,
): Promise<void> {
  const { store, identity, clock } = ws.runtime;
  const installed = await db.installedPackage();
  const idsChanged =
    installed.packageId !== effect.packageId ||
    installed.responsibilityId !== effect.responsibilityId ||
    installed.hashValue !== effect.hashValue;
  if (idsChanged && ws.pkg) {
    await db.replaceInstalledPackage({
      pkg: ws.pkg as CustomizationPackage,
      packageId: effect.packageId,
      responsibilityId: effect.responsibilityId,
      hashValue: effect.hashValue,
      installedAt: clock.now(),
    });
  }
  await db.writeBatch({
    syncState: {
      identity,
      initialSyncComplete: true,
      lastSuccessfulSyncStartedAt: await firstAttemptStart(db, effect.startedAtMs),
    },
  });
  if (effect.kind === 'initial') {
    await db.clearCheckpoints();
    await store.activateDatabase(db.name);
  }
}

/**
 * The task pane keeps saving into the active database while an initial run builds its
 * replacement: a change saved after the upload (or, with nothing to send, after the start) would
 * be deleted with the old database. Counted again here, just before the swap, so the run stops as
 * it does at the start (`PendingChangesError`) unless the user agreed to discard changes. The count
 * closes the database for edits in the same transaction (`DataDatabase.closeForEdits`): a save
 * after it is refused, not lost (soak seed 14000065). Returns the database it closed.
 */
async function refuseToDropChanges(ws: Workspace, target: DataDatabase): Promise<DataDatabase | null> {
  const replaced = ws.active;
  if (!replaced || replaced.name === target.name || ws.runtime.discardPendingChanges) return null;
  const pending = await replaced.closeForEdits();
  if (pending > 0) throw new PendingChangesError(pending, !sameIdentity(replaced.identity, ws.runtime.identity));
  return replaced;
}
