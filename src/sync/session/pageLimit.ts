import { createLogger, isAddinError } from '../../shared';
import type { Workspace } from '../run/Workspace';

const log = createLogger('sync');

/**
 * The page size to send for a query that would like `wanted` rows a page: never more than the
 * server's `MaximumPageSize` as the wire profile states it or as this client learned it.
 */
export function effectivePageSize(ws: Workspace, wanted: number): number {
  return Math.min(wanted, ws.runtime.wireProfile.maximumPageSize ?? Infinity, ws.pageLimit ?? Infinity);
}

/**
 * After an error on a QueryPage of `sent` rows: when it is SBL-EAI-04447 (PageSize above the
 * server's `MaximumPageSize`, field evidence §5), learns the limit — the number in the message, or
 * half of `sent` when the message gives none — keeps it for the rest of the run and in the sync
 * state for the next runs, and returns true so the same page is asked again at that size. Each
 * step strictly lowers the size, so this never loops; a limit that would not lower it is refused.
 */
export async function learnPageLimit(ws: Workspace, error: unknown, sent: number): Promise<boolean> {
  if (!isAddinError(error) || error.code !== 'PageSizeTooLarge') return false;
  const stated = (error as { maximumPageSize?: number | null }).maximumPageSize ?? null;
  const limit = stated ?? Math.floor(sent / 2);
  if (limit < 1 || limit >= sent) return false;
  log.warn(
    `The Siebel Server refused ${sent} rows a page (MaximumPageSize ${stated ?? 'not stated'}); continuing at ${limit} rows a page`,
  );
  ws.pageLimit = limit;
  const db = ws.target ?? ws.active;
  await db?.writeBatch({ syncState: { maximumPageSize: limit } });
  return true;
}
