import { findObject, type CustomizationPackage } from '../../metadata';
import type { DataDatabase, StoredRecord } from '../../store';
import { ensureTarget } from '../run/ensureTarget';
import { querySignature, resumePoint } from '../machine/resumePoint';
import { downloadQuery } from './downloadQuery';
import { mapBatch } from './mapBatch';
import { typeQuery, type TypeQuery } from './typeQuery';
import { TypeDownload } from './TypeDownload';
import { plannedListing } from './deletions/visibleIds';
import type { Workspace } from '../run/Workspace';
import type { SyncEvent, SyncIssue, SyncKind } from '../machine/types';
import { changesWindow, isDue, newestStamp, stampToMs, watermarkAfter } from './watermark';
import { windowSettings } from '../settings/windowSettings';
import { firstAttemptStart } from '../run/firstAttemptStart';
import { changesQuery, filterKeyOf } from './changesQuery';
import { removeFilterExits, splitByFilter } from './filterExits';
import type { LocalFilter } from './localFilter';
import { stateAfterInitialDownload } from './deletions/deletionSchedule';
import { prefetchLaterChanges, takePrefetchedChanges } from './changesPrefetch';
import type { FirstPage } from './parallelPages';

type Downloaded = Extract<SyncEvent, { type: 'typeDownloaded' }>;

/** A deletion-check time that makes the next run's check a full listing (the epoch: always past due). */
const OWED_LISTING_MS = 0;

/** The checkpoint phase name of the record download. */
const RECORDS_PHASE = 'records';

/**
 * Downloads one type into the target database. Initial: from the checkpoint on, every batch
 * writes its resume point in the same transaction; `added` is the type's record count at the end.
 * Incremental: records changed since the type's server-time watermark, counted as added or changed
 * against local ids; a type whose `SyncFrequency` has not elapsed is skipped. Either way the type
 * leaves a new watermark (the newest `Updated` returned minus the download's duration) and the
 * time of its download.
 */
export async function downloadType(ws: Workspace, typeId: string, mode: SyncKind): Promise<Downloaded> {
  const db = await ensureTarget(ws);
  const { clock } = ws.runtime;
  // A first page asked ahead by this run: its query, and its time as the download's start.
  const prefetched = mode === 'incremental' ? takePrefetchedChanges(ws, typeId) : null;
  const nowMs = prefetched?.nowMs ?? clock.now();
  const pkg = ws.pkg as CustomizationPackage;
  const state = await db.syncState();
  const object = findObject(pkg, typeId);
  if (mode === 'incremental' && object && !isDue(object.syncFrequencySeconds, state.typeSyncedAt?.[typeId], nowMs)) {
    return { type: 'typeDownloaded', typeId, added: 0, changed: 0, issues: [], skipped: true };
  }
  // Incremental: changes within the user's visibility, the preset's filter evaluated locally (internal/changesQuery.ts).
  const { query, matches } =
    mode === 'incremental'
      ? (prefetched?.changes ??
        changesQuery(pkg, typeId, {
          nowMs,
          ...changesWindow(state, typeId, nowMs, windowSettings(ws.runtime)),
          presetName: ws.runtime.filterPreset,
        }))
      : { query: typeQuery(pkg, typeId, { nowMs, sinceMs: null, presetName: ws.runtime.filterPreset }), matches: null };
  // The later types' first pages go out now, side by side with this type's download.
  if (mode === 'incremental') prefetchLaterChanges(ws, typeId, state, nowMs);
  ws.progress.enter('downloading', mode, typeId);
  const stamps: Stamps = { newest: null };
  const first = prefetched ? { size: prefetched.size, page: prefetched.first } : null;
  const result =
    mode === 'initial'
      ? await downloadAll(ws, db, query, stamps)
      : await downloadChanges(ws, db, query, nowMs, stamps, matches, first);
  // A resumed initial download saw only its last pages: the newest stamp is the stored one.
  if (mode === 'initial') stamps.newest = await newestStored(db, query, stamps.newest);
  // An initial download may span attempts: its duration counts from the first one.
  const begunMs = mode === 'initial' ? await firstAttemptStart(db, nowMs) : nowMs;
  const newestMs = stamps.newest === null ? null : stampToMs(stamps.newest);
  const watermark = newestMs === null ? {} : { [typeId]: watermarkAfter(newestMs, clock.now() - begunMs) };
  // An initial download counts as the type's full deletion check (internal/deletionSchedule.ts),
  // unless it skipped records it could not read: those are still on the server and missing here, so
  // the next run owes the type a full listing, which fetches them by Id.
  const checkedAt = result.issues.length > 0 ? OWED_LISTING_MS : begunMs;
  const checked =
    mode === 'initial'
      ? {
          deletionChecks: {
            [typeId]: stateAfterInitialDownload(filterKeyOf(pkg, typeId, ws.runtime.filterPreset), checkedAt),
          },
        }
      : {};
  await db.writeBatch({
    syncState: {
      watermarks: watermark,
      typeSyncedAt: { [typeId]: clock.now() },
      downloadsBegunAt: { [typeId]: begunMs },
      ...checked,
    },
  });
  ws.progress.flush();
  return { type: 'typeDownloaded', typeId, ...result };
}

/** The newest server stamp a download has written so far, as stored (see `newestStamp`). */
interface Stamps {
  newest: string | null;
}

async function downloadAll(ws: Workspace, db: DataDatabase, query: TypeQuery, stamps: Stamps) {
  const typeId = query.object.typeId;
  const signature = querySignature({ ...query, fields: query.fields });
  const plan = resumePoint(await db.checkpoint(typeId), signature);
  const issues: SyncIssue[] = [];
  if (plan.clearFirst) {
    await db.writeBatch({
      deletes: [{ typeId, ids: await db.primaryKeys(typeId) }],
      checkpoints: [{ typeId, phase: RECORDS_PHASE, startRowNum: 0, querySignature: signature, done: false }],
    });
  }
  if (!plan.skip) {
    // A resumed download already holds the rows before its checkpoint: progress counts the type's
    // records, so "3,200 of 12,000" stays true across attempts (the ribbon's time-limit message).
    if (plan.startRowNum > 0) ws.progress.advance(plan.startRowNum, 0);
    await downloadQuery(ws, query, {
      startRowNum: plan.startRowNum,
      writeBatch: async (batch) => {
        const records = mapBatch(query, batch, issues);
        stamps.newest = newestStamp(records, query.object.timestampField, stamps.newest);
        const checkpoint = {
          typeId,
          phase: RECORDS_PHASE,
          startRowNum: batch.nextStartRowNum,
          querySignature: signature,
          done: batch.lastPage,
        };
        await db.writeBatch({ puts: [{ typeId, records }], checkpoints: [checkpoint] });
        ws.progress.advance(records.length, batch.pages, batch.lastPage ? batch.nextStartRowNum : null);
      },
    });
  }
  return { added: await db.count(typeId), changed: 0, issues };
}

/**
 * The changed records of one type. Once their last page has arrived, the type's Id listing (its
 * deletion check, the next step) starts, so its requests overlap the writes of the changes; the
 * check's read of the local keys starts before the first request.
 */
async function downloadChanges(
  ws: Workspace,
  db: DataDatabase,
  query: TypeQuery,
  nowMs: number,
  stamps: Stamps,
  matches: LocalFilter | null,
  firstPage: FirstPage | null,
) {
  const typeId = query.object.typeId;
  // Only the downloaded records are looked up (not every local key): the cost follows the changes.
  const known = new Set<string>();
  const primaryKey = query.object.primaryKey;
  const issues: SyncIssue[] = [];
  let added = 0;
  let changed = 0;
  let removed = 0;
  // Handed to the deletion check that follows (the next effect); see TypeDownload.
  const download = new TypeDownload(typeId, db);
  ws.download = download;
  await downloadQuery(ws, query, {
    ...(firstPage ? { firstPage } : {}),
    onFetched: () => download.startIdListing(() => plannedListing(ws, typeId, nowMs)),
    writeBatch: async (batch) => {
      const all = mapBatch(query, batch, issues);
      stamps.newest = newestStamp(all, query.object.timestampField, stamps.newest);
      // Changed records that no longer match the preset's filter leave the local store (internal/filterExits.ts).
      const { kept: mapped, leaving } = splitByFilter(all, matches, primaryKey);
      removed += await removeFilterExits(db, typeId, leaving, download);
      // The overlap window returns records that did not change: keep them out of the write and the
      // counts. One read for the batch (a `get` each was a transaction each: most of this step's time).
      const previous = await db.getMany(
        typeId,
        mapped.map((r) => String(r[primaryKey])),
      );
      previous.forEach((record, i) => record && known.add(String(mapped[i][primaryKey])));
      const records = mapped.filter((record, i) => !previous[i] || !sameValues(previous[i], record));
      if (records.length > 0) await db.writeBatch({ puts: [{ typeId, records }] });
      for (const record of records) {
        const id = String(record[primaryKey]);
        if (known.has(id)) changed++;
        else {
          added++;
          known.add(id);
          download.added.add(id);
        }
      }
      ws.progress.advance(records.length, batch.pages);
    },
  });
  // A failure here leaves the listing to the logoff, which lets it finish first (performEffect).
  return { added, changed, removed, issues };
}

/** The newest stored `Updated` of the query's type, or `newest` if later (both as stored). */
async function newestStored(db: DataDatabase, query: TypeQuery, newest: string | null): Promise<string | null> {
  const field = query.object.timestampField;
  if (field === undefined) return newest;
  const [record] = await db.list(query.object.typeId, { orderBy: field, offset: 0, limit: 1, reverse: true });
  return newestStamp(record ? [record] : [], field, newest);
}

/** Same stored values for every field of `next` (bookkeeping fields of the store are ignored). */
function sameValues(stored: StoredRecord, next: StoredRecord): boolean {
  return Object.keys(next).every((key) => (stored[key] ?? null) === next[key]);
}
