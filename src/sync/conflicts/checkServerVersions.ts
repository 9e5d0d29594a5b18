import { primaryKeyName, type ObjectType } from '../../metadata';
import type { PendingChange, StoredRecord } from '../../store';
import { fieldReference, quoteSiebel } from '../download/buildSearchSpec';
import { mergeWithServer, sameValue } from './mergeWithServer';
import { chunk } from '../../shared';
import { queryRecords } from '../upload/queryRecords';
import { expectedRevision, type UploadRun } from '../upload/UploadRun';

/**
 * Reads the server's current version of every record with a pending update or delete (query by
 * Id under the QBID view mode, `max_ids_per_command` ids a query) and settles what changed there
 * since the change's base: merged by the type's rules, or a conflict issue (the change waits).
 * Returns the changes still to send, with their base moved to the server's version when merged.
 */
export async function checkServerVersions(run: UploadRun, changes: readonly PendingChange[]): Promise<PendingChange[]> {
  const toSend: PendingChange[] = [];
  for (const typeId of [...new Set(changes.map((c) => c.typeId))]) {
    const ofType = changes.filter((c) => c.typeId === typeId);
    const object = run.object(typeId);
    const server = await serverVersions(
      run,
      object,
      ofType.map((c) => c.recordId),
    );
    const locals = await run.db.getMany(
      typeId,
      ofType.map((c) => c.recordId),
    );
    for (const [i, change] of ofType.entries()) {
      const kept = await settle(run, object, change, locals[i] ?? null, server.get(change.recordId) ?? null);
      if (kept) toSend.push(kept);
    }
  }
  return toSend;
}

async function serverVersions(
  run: UploadRun,
  object: ObjectType,
  ids: readonly string[],
): Promise<Map<string, StoredRecord>> {
  const idField = fieldReference(object.recordElemName, primaryKeyName(object));
  const found = new Map<string, StoredRecord>();
  for (const part of chunk(ids, run.pkg.commonSettings.maxIdsPerCommand)) {
    const spec = part.map((id) => `${idField} = ${quoteSiebel(id)}`).join(' OR ');
    for (const record of await queryRecords(run.ws, object, spec, object.queryByIdViewMode ?? object.viewMode))
      found.set(String(record[object.primaryKey]), record);
  }
  return found;
}

async function settle(
  run: UploadRun,
  object: ObjectType,
  change: PendingChange,
  local: StoredRecord | null,
  server: StoredRecord | null,
): Promise<PendingChange | null> {
  const base = change.base ?? {};
  if (server === null) {
    // Already gone on the server: a delete has nothing left to do; an update lost its record.
    if (change.operation === 'delete') await run.drop(change, null);
    else
      await run.raise(
        change,
        'conflict',
        {
          message: `${object.typeId} was deleted in Siebel (or is no longer visible to you) while you changed it here`,
          server: null,
        },
        { state: 'blocked', failed: false },
      );
    return null;
  }
  const stamp = object.timestampField;
  if (!stamp || sameValue(server[stamp], base[stamp])) return change;
  return change.operation === 'delete'
    ? settleDelete(run, change, server)
    : settleUpdate(run, object, change, local ?? base, server);
}

async function settleUpdate(
  run: UploadRun,
  object: ObjectType,
  change: PendingChange,
  local: StoredRecord,
  server: StoredRecord,
): Promise<PendingChange | null> {
  const merge = mergeWithServer(object, run.rules(object.typeId), baseWithOwnSends(change, server), local, server);
  if (merge.unresolved.length > 0) {
    const names = merge.unresolved
      .map((c) => object.fields.find((f) => f.ioElemName === c.field)?.name ?? c.field)
      .join(', ');
    await run.raise(
      change,
      'conflict',
      {
        message: `Changed both here and in Siebel: ${names}. Choose the values to keep.`,
        server,
        fields: merge.unresolved,
      },
      { state: 'blocked', failed: false },
    );
    return null;
  }
  if (merge.changedFields.length === 0) {
    // The server already holds every value this change would send.
    await run.drop(change, merge.record);
    return null;
  }
  // Rebased on the server's version, the change no longer needs to remember what it sent.
  const { sending: _settled, ...unmarked } = change;
  const rebased: PendingChange = {
    ...unmarked,
    base: server,
    changedFields: merge.changedFields,
    updatedAt: run.now(),
  };
  const written = await run.db.applyLocal({
    expect: [expectedRevision(change)],
    puts: [{ typeId: change.typeId, record: merge.record }],
    pending: { put: [rebased] },
  });
  return written ? rebased : null;
}

/**
 * The base to merge against: where the server holds exactly what an earlier call of this change
 * sent (its answer lost), that value is the change's own, not an edit made in Siebel — so the
 * user's later value, even set back to the old base, wins instead of looking untouched.
 */
function baseWithOwnSends(change: PendingChange, server: StoredRecord): StoredRecord {
  const own = Object.entries(change.sending ?? {}).filter(([field, value]) => sameValue(server[field], value));
  return { ...(change.base ?? {}), ...Object.fromEntries(own) };
}

/** Deleted here, changed in Siebel: the type's default rule decides, else the user. */
async function settleDelete(
  run: UploadRun,
  change: PendingChange,
  server: StoredRecord,
): Promise<PendingChange | null> {
  const rule = run.rules(change.typeId).default;
  if (rule === 'server') {
    await run.drop(change, server);
    return null;
  }
  if (rule === 'local') {
    const rebased: PendingChange = { ...change, base: server, updatedAt: run.now() };
    return (await run.db.applyLocal({ expect: [expectedRevision(change)], pending: { put: [rebased] } }))
      ? rebased
      : null;
  }
  await run.raise(
    change,
    'conflict',
    {
      message: `Deleted here but changed in Siebel since: delete it anyway, or keep Siebel's record`,
      server,
      fields: [],
    },
    { state: 'blocked', failed: false },
  );
  return null;
}
