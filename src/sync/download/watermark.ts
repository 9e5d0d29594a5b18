import type { StoredRecord, DatabaseSyncState } from '../../store';
import { formatSiebelDateTime, siebelDateToMs } from '../../siebel';

/*
 * Incremental downloads start from a watermark in the SERVER's clock and zone (field evidence §6):
 * the newest `Updated` the server returned for the type, minus the time the download took. Any
 * record changed after the download began carries a stamp at least that old, whatever the offset
 * between the two clocks and whichever zone the server stamps in; only durations are measured
 * on the client's clock. Server texts are read and written as naive wall times (as if UTC), so
 * the arithmetic never applies a zone.
 */

/**
 * The newest stamp of `field` among mapped `records` and `newest`, as stored (`YYYY-MM-DDTHH:MM:SS`,
 * `Z` for UTC fields): the text sorts as the time, so the batch costs one comparison a record and no
 * date parsing (mapping already parsed the server's text). `null` when none has a stamp.
 */
export function newestStamp(
  records: readonly StoredRecord[],
  field: string | undefined,
  newest: string | null,
): string | null {
  if (field === undefined) return newest;
  let result = newest;
  for (const record of records) {
    const stamp = record[field];
    if (typeof stamp === 'string' && (result === null || stamp > result)) result = stamp;
  }
  return result;
}

/** A stored stamp as naive server milliseconds (the zone marker ignored), `null` when unreadable. */
export function stampToMs(stored: string): number | null {
  const ms = Date.parse(`${stored.replace(/Z$/, '')}Z`);
  return Number.isNaN(ms) ? null : ms;
}

/** The watermark a download leaves: its newest stamp minus how long it took (client-measured). */
export function watermarkAfter(newestMs: number, downloadMs: number): string {
  return formatSiebelDateTime(newestMs - Math.max(0, downloadMs));
}

/** Where the next incremental query of `typeId` starts (naive server ms), `null` = from the beginning. */
export function incrementalSince(state: DatabaseSyncState, typeId: string, overlapMs: number): number | null {
  const text = state.watermarks?.[typeId];
  const ms = text ? siebelDateToMs(text) : null;
  return ms === null ? null : ms - overlapMs;
}

/** Changes asked by the server's own clock: `[Updated] >= <function> - <within, in days>`. */
export interface ServerClockWindow {
  /** The query function of the server's current time (wire profile `serverTimeFunction`). */
  readonly timeFunction: string;
  /** How far back from the server's now, in ms: since the last download began, plus the overlap. */
  readonly withinMs: number;
}

/*
 * Why a second window: the watermark assumes the server's clock never goes back. A server that
 * stamps local time goes back an hour each autumn, and an administrator may set a fast clock back;
 * a change stamped after that is older than the watermark, and no watermark query would ever ask
 * for it. The server's own clock does not have that blind spot: whatever its stamps say, a record
 * changed since the last download carries a stamp within "how long ago that was" of its current
 * time. How long ago is a duration on the client's clock, so no stamp is compared with it.
 */

/**
 * The server-clock window of the next incremental query of `typeId`, or `null` without a
 * watermark (the download reads everything), without a known start of the last download, or when
 * the deployment's query language has no such function.
 */
export function serverClockWindow(
  state: DatabaseSyncState,
  typeId: string,
  nowMs: number,
  overlapMs: number,
  timeFunction: string | null,
): ServerClockWindow | null {
  const begunAt = state.downloadsBegunAt?.[typeId];
  if (timeFunction === null || begunAt === undefined || !state.watermarks?.[typeId]) return null;
  // A client clock set back between runs must not shrink the window below the overlap.
  return { timeFunction, withinMs: Math.max(0, nowMs - begunAt) + overlapMs };
}

/** Where the next incremental query of `typeId` starts: its watermark and its server-clock window. */
export function changesWindow(
  state: DatabaseSyncState,
  typeId: string,
  nowMs: number,
  settings: { readonly overlapMs: number; readonly timeFunction: string | null },
): { sinceMs: number | null; serverClock: ServerClockWindow | null } {
  return {
    sinceMs: incrementalSince(state, typeId, settings.overlapMs),
    serverClock: serverClockWindow(state, typeId, nowMs, settings.overlapMs, settings.timeFunction),
  };
}

/**
 * Whether a type is due in an incremental run: its `SyncFrequency` (seconds, 0 = every run) has
 * passed since its last download, on the client's clock (a duration, never compared with the server).
 */
export function isDue(frequencySeconds: number, lastSyncedAtMs: number | undefined, nowMs: number): boolean {
  if (frequencySeconds <= 0 || lastSyncedAtMs === undefined) return true;
  return nowMs - lastSyncedAtMs >= frequencySeconds * 1000;
}
