import { findObject } from '../../../src/metadata';
import { isLocalId, type PendingChange, type SyncLogEntry } from '../../../src/store';
import { toStoredValue } from '../../../src/sync';
import { InvariantViolation, LABEL_FIELD } from '../../model/checkInvariants';
import type { TrackedChange } from '../../model/ModelState';
import type { BrowserModel } from './browserModel';
import {
  BROWSER_TYPES,
  type BrowserWorld,
  type LocalSnapshot,
  type ServerState,
  type SyncOutcome,
} from './browserWorld';

function fail(message: string): never {
  throw new InvariantViolation(message);
}

/** What the history row says for each outcome of the sync log (SyncHistoryEntry.tsx). */
const OUTCOME_TEXT: Readonly<Record<SyncLogEntry['outcome'], string>> = {
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** Model-made labels (local creates M…, server creates Srv…) are unique by construction. */
const MODEL_LABEL = /^(M|Srv)\d+$/;

/** Taken just before Sync now: what the run must have sent, and the server's counters to compare with. */
export interface SyncStart {
  readonly readyBefore: readonly PendingChange[];
  readonly counters: ServerState['counters'];
  /** `Type:Id` of records edited in the UI while the run was going (they may rightly stay pending). */
  readonly editedDuring: Set<string>;
  /** Latency rules the schedule added to slow the run down (they count as injected faults, yet do no harm). */
  latencyFaults: number;
}

export async function syncStart(world: BrowserWorld): Promise<SyncStart> {
  const snap = await world.snapshot();
  return {
    readyBefore: snap.outbox.filter((p) => p.state === 'ready'),
    counters: (await world.serverState()).counters,
    editedDuring: new Set(),
    latencyFaults: 0,
  };
}

/**
 * After every command (no sync running then): no Siebel session left open; every local change
 * is on the server, pending or an open issue (never silently gone); no duplicate, locally or on
 * the server.
 */
export async function checkAfterCommand(model: BrowserModel, world: BrowserWorld): Promise<LocalSnapshot> {
  const state = await world.serverState();
  if (state.openSessions !== 0) fail(`${state.openSessions} Siebel session(s) left open`);
  const snap = await world.snapshot();
  await settleChanges(model, world, snap);
  for (const typeId of BROWSER_TYPES) {
    const seen = new Set<string>();
    for (const record of snap.records[typeId]) {
      const label = String(record[LABEL_FIELD[typeId]] ?? '');
      if (!MODEL_LABEL.test(label)) continue;
      if (seen.has(label)) fail(`two local ${typeId} records labelled ${label}`);
      seen.add(label);
    }
    const inserts = state.counters.writes[typeId]?.inserts ?? 0;
    if (inserts > model.localCreates[typeId])
      fail(
        `the server counted ${inserts} ${typeId} insert(s) for ${model.localCreates[typeId]} record(s) created in the task pane`,
      );
  }
  return snap;
}

/** Settles (forgets) local changes the server holds; fails on one that is nowhere. */
async function settleChanges(model: BrowserModel, world: BrowserWorld, snap: LocalSnapshot): Promise<void> {
  const open: TrackedChange[] = [];
  for (const change of model.changes) {
    const typeId = change.typeId as keyof BrowserModel['visible'];
    let localId = change.id;
    if (change.op === 'create') {
      const local = snap.records[typeId].find((r) => r[LABEL_FIELD[typeId]] === change.label);
      localId = local ? String(local.Id) : undefined;
    }
    if (localId !== undefined && snap.work(typeId, localId)) {
      open.push(change);
      continue;
    }
    const what = `local ${change.op} of ${typeId} ${change.label ?? change.id} ${JSON.stringify(change.fields)}`;
    if (localId === undefined) fail(`${what} is gone: no local record, no pending change, no issue`);
    if (isLocalId(localId))
      fail(`${what}: the record still has its local id ${localId} but nothing is pending and there is no issue`);
    const server = await world.serverRecord(typeId, localId);
    if (!server) fail(`${what} is neither on the server (no ${typeId} ${localId}) nor pending nor an issue`);
    for (const [io, value] of Object.entries(change.fields)) {
      const held = server[world.fieldName(typeId, io)] ?? '';
      if (held !== value)
        fail(
          `${what} is neither on the server (${typeId} ${localId} has ${io} ${JSON.stringify(held)}) nor pending nor an issue`,
        );
    }
    // Settled: from now on the record is the server's, visible and compared after each sync.
    model.visible[typeId].add(localId);
    model.touched[typeId].add(localId);
  }
  model.changes = open;
}

/**
 * After a run Sync now started has ended: the history shows the sync log's outcome; a run during
 * which no fault fired succeeded; on success, what the upload reported is what the server counted,
 * every change that was ready was sent or became an issue, and the local data equals the server's.
 */
export async function checkAfterSync(
  model: BrowserModel,
  world: BrowserWorld,
  start: SyncStart,
  outcome: SyncOutcome,
  snap: LocalSnapshot,
): Promise<void> {
  const { entry, shown } = outcome;
  const report = `(sync log: ${JSON.stringify({ outcome: entry.outcome, error: entry.error, uploads: entry.uploads, issues: entry.issues.length })})`;
  if (shown !== OUTCOME_TEXT[entry.outcome])
    fail(`the history shows "${shown}" for a run the sync log says ${entry.outcome} ${report}`);
  for (const [typeId, counts] of Object.entries(entry.counts)) {
    if (counts.added < 0 || counts.changed < 0 || counts.removed < 0) fail(`negative counts for ${typeId} ${report}`);
  }
  const counters = (await world.serverState()).counters;
  let faults = counters.faultsInjected - start.counters.faultsInjected - start.latencyFaults;
  if (model.lingeringUploadLatency && (counters.calls.ExecuteBatch ?? 0) > (start.counters.calls.ExecuteBatch ?? 0)) {
    faults -= 1;
    model.lingeringUploadLatency = false;
  }
  if (faults === 0 && entry.outcome !== 'succeeded')
    fail(`a sync during which no fault fired ended ${entry.outcome} ${report}`);
  if (entry.outcome !== 'succeeded') return;

  const uploads = entry.uploads ?? { inserted: 0, updated: 0, deleted: 0, issues: 0 };
  const writes =
    counters.inserts -
    start.counters.inserts +
    (counters.updates - start.counters.updates) +
    (counters.deletes - start.counters.deletes);
  if (writes !== uploads.inserted + uploads.updated + uploads.deleted)
    fail(
      `the server counted ${writes} writes, the sync log ${uploads.inserted + uploads.updated + uploads.deleted} ${report}`,
    );
  for (const change of start.readyBefore) {
    const key = `${change.typeId}:${change.recordId}`;
    if (start.editedDuring.has(key) || !(BROWSER_TYPES as readonly string[]).includes(change.typeId)) continue;
    // A sent insert has its server Id now: the local id is no longer in the outbox.
    if (snap.work(change.typeId, change.recordId) === 'pending')
      fail(`the ready ${change.operation} of ${key} is still pending with no issue after a successful sync ${report}`);
  }
  await checkServerData(model, world, snap, report);
}

/**
 * The local records without local work (pending change or issue) equal the server's visible ones:
 * with `deletionCheckHours: 0` (a full Id listing on every run) the same Ids both ways, with the
 * default 24 h every visible record is local (a server deletion may wait for the next listing,
 * docs/sync.md); and every record a command changed holds the server's values in every field.
 */
async function checkServerData(
  model: BrowserModel,
  world: BrowserWorld,
  snap: LocalSnapshot,
  report: string,
): Promise<void> {
  for (const typeId of BROWSER_TYPES) {
    const object = findObject(world.pkg, typeId);
    if (!object) throw new Error(`the package has no ${typeId}`);
    const local = new Map(
      snap.records[typeId].filter((r) => !snap.work(typeId, String(r.Id))).map((r) => [String(r.Id), r]),
    );
    const expected = [...model.visible[typeId]].filter((id) => !snap.work(typeId, id));
    for (const id of expected)
      if (!local.has(id))
        fail(`${typeId} ${id} is visible on the server but not local after a successful sync ${report}`);
    if (world.deletionCheckHours === 0) {
      for (const id of local.keys())
        if (!model.visible[typeId].has(id))
          fail(
            `${typeId} ${id} is local but not on the server after a successful sync with a full Id listing ${report}`,
          );
    }
    for (const id of [...model.touched[typeId]].sort()) {
      const mine = local.get(id);
      if (!mine) continue;
      const server = await world.serverRecord(typeId, id);
      if (!server)
        fail(`${typeId} ${id}, changed by the schedule, is not on the server although the model counts it visible`);
      const differs = object.fields
        .map((f) => ({
          io: f.ioElemName,
          server: toStoredValue(f, server[f.name] ?? '') ?? null,
          local: mine[f.ioElemName] ?? null,
        }))
        .filter((d) => JSON.stringify(d.server) !== JSON.stringify(d.local));
      if (differs.length > 0)
        fail(
          `${typeId} ${id} differs from the server after a successful sync in ${differs.map((d) => `${d.io}: local ${JSON.stringify(d.local)} server ${JSON.stringify(d.server)}`).join('; ')} ${report}`,
        );
    }
  }
}
