import type { CustomizationPackage } from '../../../metadata';
import { DEFAULT_SYNC_SETTINGS } from '../../settings/syncSettings';
import { filterKeyOf } from '../changesQuery';
import { planDeletionCheck, type IdRange } from './deletionSchedule';
import type { IdListing, PlannedCheck } from '../TypeDownload';
import { downloadQuery } from '../downloadQuery';
import { ensureTarget } from '../../run/ensureTarget';
import { effectivePageSize } from '../../session/pageLimit';
import { typeQuery } from '../typeQuery';
import type { Workspace } from '../../run/Workspace';

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
  // Taken before the first await: the deletion check takes the download off the workspace.
  const snapshot = ws.download?.typeId === typeId ? ws.download.keysAtStart : null;
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

/** The plan of `typeId` and the listing it asks for (nothing is sent for `none`). */
export function plannedListing(ws: Workspace, typeId: string, nowMs: number): IdListing {
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
