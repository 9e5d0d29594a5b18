import type { CustomizationPackage } from '../../metadata';
import type { DeletionCheckState } from '../../store';
import { DEFAULT_SYNC_SETTINGS } from '../syncSettings';
import { filterKeyOf } from './changesQuery';
import { planDeletionCheck, type DeletionPlan, type IdRange } from './deletionSchedule';
import { downloadQuery } from './downloadQuery';
import { ensureTarget } from './ensureTarget';
import { effectivePageSize } from './pageLimit';
import { typeQuery } from './typeQuery';
import type { Workspace } from './Workspace';

/** A type's deletion check as planned for this run, with what the plan was made from. */
export interface PlannedCheck {
  readonly plan: DeletionPlan;
  readonly state: DeletionCheckState | undefined;
  readonly filterKey: string;
  readonly nowMs: number;
}

/** The Id listing of one type, started ahead of its deletion check (see {@link startIdListing}). */
export interface IdListing {
  readonly typeId: string;
  readonly planned: Promise<PlannedCheck>;
  /** The Ids the plan lists (empty for `none`). */
  readonly ids: Promise<Set<string>>;
}

/**
 * Lists the Ids of every record of `typeId` the user may still see on the server: the type's query
 * (same filter preset and view mode as its download) asking for the primary key alone, in pages of
 * `tuning.idPageSize`, within `range` when given (a slice). The EAI Siebel Adapter has no "deleted
 * records" feed; this set is the proof.
 */
export async function listVisibleIds(
  ws: Workspace,
  typeId: string,
  nowMs: number,
  range?: IdRange,
): Promise<Set<string>> {
  const query = typeQuery(ws.pkg as CustomizationPackage, typeId, {
    nowMs,
    sinceMs: null,
    idsOnly: true,
    presetName: ws.runtime.filterPreset,
    ...(range ? { idRange: range } : {}),
  });
  const visible = new Set<string>();
  await downloadQuery(ws, query, {
    flushEvery: 1,
    pageSize: ws.runtime.tuning.idPageSize,
    // Nothing is written per page: ids are only collected.
    writeBatch: async (batch) => {
      for (const record of batch.records) visible.add((record[query.object.primaryKey] ?? '').trim());
    },
  });
  visible.delete('');
  return visible;
}

/**
 * Which check `typeId` gets in this run (`planDeletionCheck`), from its stored schedule, the
 * deployment's `deletionCheckHours` and its local keys (the snapshot the download took, if any).
 */
export async function planCheck(ws: Workspace, typeId: string, nowMs: number): Promise<PlannedCheck> {
  // Taken before the first await: the deletion check takes the snapshot off the workspace.
  const snapshot = ws.localKeys?.typeId === typeId ? ws.localKeys.keys : null;
  const db = await ensureTarget(ws);
  const [syncState, localKeys] = await Promise.all([db.syncState(), snapshot ?? db.primaryKeys(typeId)]);
  const state = syncState.deletionChecks?.[typeId];
  const filterKey = filterKeyOf(ws.pkg as CustomizationPackage, typeId, ws.runtime.filterPreset);
  const plan = planDeletionCheck({
    state,
    filterKey,
    nowMs,
    hours: ws.runtime.deletionCheckHours ?? DEFAULT_SYNC_SETTINGS.deletionCheckHours,
    localKeys,
    pageIds: effectivePageSize(ws, ws.runtime.tuning.idPageSize),
  });
  return { plan, state, filterKey, nowMs };
}

/**
 * Plans the deletion check of `typeId` and starts its Id listing now, parking both on the
 * workspace for the check, which follows right after the type's download. Called when the
 * download's last page has arrived, so the listing uses the session while the download's last
 * batch is still being written (one request at a time: a Siebel session caches one paged result
 * and its token changes per answer).
 */
export function startIdListing(ws: Workspace, typeId: string, nowMs: number): void {
  ws.idListing = { typeId, ...plannedListing(ws, typeId, nowMs) };
}

/** The plan of `typeId` and the listing it asks for (nothing is sent for `none`). */
export function plannedListing(ws: Workspace, typeId: string, nowMs: number): Omit<IdListing, 'typeId'> {
  const planned = planCheck(ws, typeId, nowMs);
  const ids = planned.then(({ plan }) =>
    plan.check === 'none'
      ? new Set<string>()
      : listVisibleIds(ws, typeId, nowMs, plan.check === 'slice' ? plan.range : undefined),
  );
  // Rejections are taken by whoever settles the listing (the deletion check, or the logoff).
  planned.catch(() => undefined);
  ids.catch(() => undefined);
  return { planned, ids };
}

/** The listing of `typeId` started earlier, if any, taken off the workspace. */
export function takeIdListing(ws: Workspace, typeId: string): IdListing | null {
  const listing = ws.idListing;
  if (!listing || listing.typeId !== typeId) return null;
  ws.idListing = null;
  return listing;
}

/**
 * Waits until no listing is using the session, whatever its outcome: a failed run must not send its
 * logoff while a listing request is still in flight.
 */
export async function settleIdListing(ws: Workspace): Promise<void> {
  const listing = ws.idListing;
  ws.idListing = null;
  await listing?.ids.catch(() => undefined);
}
