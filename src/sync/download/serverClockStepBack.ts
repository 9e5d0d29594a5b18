import { findObject, primaryKeyName, type CustomizationPackage, type ObjectType } from '../../metadata';
import { formatSiebelDateTime, siebelDateToMs } from '../../siebel';
import type { DataDatabase, StoredRecord } from '../../store';
import { createLogger } from '../../shared';
import { pageFetcher } from '../session/fetchWithRetry';
import { windowSettings } from '../settings/windowSettings';
import type { Workspace } from '../run/Workspace';
import { andSearchSpecs, fieldReference, quoteSiebel } from './buildSearchSpec';
import { typeQuery } from './typeQuery';
import { stampToMs } from './watermark';

const log = createLogger('sync.serverClock');

const SECOND_MS = 1_000;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * How far below the newest watermark the search for the server's now looks, nearest first (×4 each
 * time: a daylight-saving hour is found by the second probe, a wrong day by the fourth). Past the
 * last one the watermarks are dropped to the epoch: the next run asks for every record once.
 */
const STEP_BACK_PROBES_MS = [15, 60, 240, 960, 3_840, 15_360, 61_440].map((minutes) => minutes * MINUTE_MS);

/*
 * Why: a watermark is a server time, and both incremental windows assume the server's clock has not
 * stepped back since (docs/sync.md, "A step back, then a step forward"). When it has and no record changed since, the
 * watermark stays ahead of the server's now; a record stamped next is older than the watermark,
 * and once the clock steps forward again (daylight saving ends and starts, an administrator puts a
 * wrong clock right) it is also older than the server-clock window: no incremental query would
 * ever ask for it (soak seed 11000285). A run therefore asks the server, after its downloads,
 * whether its clock stands more than the overlap before the newest watermark, and if so lowers the
 * watermarks below its now. The question uses the query form every incremental run already sends:
 * for one record whose stamp S the store knows, `[Id] = '<id>' AND [Updated] >= Timestamp() - <d>`
 * comes back exactly when the server's now is at most S + d (`+ <d>` for a d below zero, date
 * arithmetic as in `Today() + 7`). Stamps are naive server times on both sides.
 */

/**
 * After a successful run's downloads: when the server's clock stands more than the overlap before
 * the newest watermark, lowers every watermark ahead of the server's now to a time proven before
 * it. A record the server edited during the run may answer "before" wrongly: that only lowers the
 * watermarks (a few records asked again), never raises one. Best effort: a failure is logged and
 * the watermarks stay.
 */
export async function lowerWatermarksAfterClockStepBack(ws: Workspace, db: DataDatabase): Promise<void> {
  const { timeFunction, overlapMs } = windowSettings(ws.runtime);
  const pkg = ws.pkg;
  if (timeFunction === null || !pkg) return;
  const newest = newestWatermark((await db.syncState()).watermarks, pkg);
  if (!newest) return;
  try {
    const probe = (thresholdMs: number) => serverNowAtMost(ws, db, newest.object, thresholdMs, timeFunction);
    // A server now within the overlap below the watermark is no step back: the next watermark query
    // (`>= watermark - overlap`) still asks for every record stamped from now on.
    if ((await probe(newest.ms - overlapMs - SECOND_MS)) !== true) return;
    let lowered = 0;
    for (const backMs of STEP_BACK_PROBES_MS) {
      const answer = await probe(newest.ms - backMs);
      if (answer === false) {
        lowered = newest.ms - backMs;
        break;
      }
      // No stamped local record is left to ask with (deleted meanwhile).
      if (answer === null) break;
    }
    await lowerWatermarks(db, lowered);
    log.warn(
      lowered === 0
        ? 'The server clock stepped back further than the questions could bound: every type is asked for whole next time'
        : `The server clock stepped back: watermarks lowered by ${Math.round((newest.ms - lowered) / MINUTE_MS)} min.`,
    );
  } catch (error) {
    if (ws.runtime.signal?.aborted) throw error;
    log.warn(
      `The server clock check failed (${error instanceof Error ? error.name : 'unknown error'}); the watermarks stay as downloaded`,
    );
  }
}

/** The newest watermark of a type the package defines with a timestamp field, as naive server ms. */
function newestWatermark(
  watermarks: Readonly<Record<string, string>> | undefined,
  pkg: CustomizationPackage,
): { object: ObjectType; ms: number } | null {
  let newest: { object: ObjectType; ms: number } | null = null;
  for (const [typeId, text] of Object.entries(watermarks ?? {})) {
    const object = findObject(pkg, typeId);
    const ms = siebelDateToMs(text);
    if (!object || object.timestampField === undefined || ms === null) continue;
    if (newest === null || ms > newest.ms) newest = { object, ms };
  }
  return newest;
}

/**
 * Whether the server's now is at most `thresholdMs`: `null` when the type has no stamped local record
 * to ask with.
 */
async function serverNowAtMost(
  ws: Workspace,
  db: DataDatabase,
  object: ObjectType,
  thresholdMs: number,
  timeFunction: string,
): Promise<boolean | null> {
  const probe = await probeRecord(db, object);
  const timestamp = object.fields.find((f) => f.isTimestamp);
  if (!probe || !timestamp) return null;
  const pkg = ws.pkg as CustomizationPackage;
  const base = typeQuery(pkg, object.typeId, { nowMs: 0, sinceMs: null, idsOnly: true, withoutPreset: true });
  const query = {
    ...base,
    searchSpec: andSearchSpecs(
      `${fieldReference(object.recordElemName, primaryKeyName(object))} = ${quoteSiebel(probe.id)}`,
      `${fieldReference(object.recordElemName, timestamp.name)} >= ${timeFunction} ${dayOffset(thresholdMs - probe.stampMs)}`,
    ),
  };
  const page = await pageFetcher(ws, query, 1)(0, true);
  return page.records.length > 0;
}

/**
 * `- <days>` (or `+ <days>` for a threshold before the record's stamp), six decimals, rounded so
 * the threshold can only move later: a later one answers "before" more often (lower watermarks).
 */
function dayOffset(ms: number): string {
  const micro = (ms / DAY_MS) * 1e6;
  return ms >= 0 ? `- ${(Math.ceil(micro) / 1e6).toFixed(6)}` : `+ ${(Math.floor(-micro) / 1e6).toFixed(6)}`;
}

/**
 * The type's local record with the newest stamp: the freshest one this run has (a record the server
 * edited since it was stored can only answer "before" wrongly, see above).
 */
async function probeRecord(db: DataDatabase, object: ObjectType): Promise<{ id: string; stampMs: number } | null> {
  const field = object.timestampField;
  if (field === undefined) return null;
  const [record] = await db.list(object.typeId, { orderBy: field, offset: 0, limit: 1, reverse: true });
  const stampMs = record ? stampOf(record, field) : null;
  return record && stampMs !== null ? { id: String(record[object.primaryKey]), stampMs } : null;
}

function stampOf(record: StoredRecord, field: string): number | null {
  const stamp = record[field];
  return typeof stamp === 'string' ? stampToMs(stamp) : null;
}

/** Every watermark after `ms` becomes `ms` (the epoch: the type is asked for whole next time). */
async function lowerWatermarks(db: DataDatabase, ms: number): Promise<void> {
  const lowered: Record<string, string> = {};
  for (const [typeId, text] of Object.entries((await db.syncState()).watermarks ?? {})) {
    const current = siebelDateToMs(text);
    if (current === null || current > ms) lowered[typeId] = formatSiebelDateTime(ms);
  }
  if (Object.keys(lowered).length > 0) await db.writeBatch({ syncState: { watermarks: lowered } });
}
