import type { ObjectType } from '../../metadata';
import { isLocalId, type LocalIssue, type PendingChange, type StoredRecord } from '../../store';
import { DEFAULT_SHARE_KEY_FIELD } from '../local/shareKeyField';
import { applicableKeys, naturalKeySearchSpec, sameAsCandidate, sharesKey, type NaturalKey } from './naturalKeys';
import { queryRecords } from './queryRecords';
import { expectedRevision, type UploadRun } from './UploadRun';

type Match = NonNullable<LocalIssue['matches']>[number];

/**
 * The natural-key check before inserts (connector_configuration.xml `natural_keys`), locally and
 * on the server (QueryPage under the Dedup view mode). A match holding the same values is linked
 * silently (the new record becomes the existing one, references follow); other matches make a
 * duplicate issue and the insert waits. Inserts the user allowed as duplicates skip the check.
 * Returns the inserts still to send.
 */
export async function checkDuplicates(run: UploadRun, inserts: readonly PendingChange[]): Promise<PendingChange[]> {
  const toSend: PendingChange[] = [];
  for (const change of inserts) {
    const record = change.allowDuplicate ? null : await run.db.get(change.typeId, change.recordId);
    if (!record || (await settleDuplicates(run, change, record)) === 'send') toSend.push(change);
  }
  return toSend;
}

async function settleDuplicates(
  run: UploadRun,
  change: PendingChange,
  record: StoredRecord,
): Promise<'send' | 'settled'> {
  const object = run.object(change.typeId);
  const matches = await findMatches(run, object, record, change.recordId);
  if (matches.length === 0) return 'send';
  // An activity with the same share key is the same Outlook item shared from another Outlook (or
  // a store that never saw the first share): it is linked whatever its other values, so sharing
  // twice never makes two activities. The existing activity's values win; new links join it.
  const sameItem = shareKeyMatch(run, object, record, matches);
  if (sameItem && !(await run.db.pendingChange(change.typeId, String(sameItem.record[object.primaryKey])))) {
    await linkTo(run, change, sameItem.record, String(sameItem.record[object.primaryKey]));
    return 'settled';
  }
  for (const match of matches) {
    const id = String(match.record[object.primaryKey]);
    // A record with its own pending change cannot absorb this one without a question.
    if (sameAsCandidate(object, record, match.record) && !(await run.db.pendingChange(change.typeId, id))) {
      await linkTo(run, change, match.record, id);
      return 'settled';
    }
  }
  const message = `A ${object.typeId} with the same key values already exists in ${matches.some((m) => m.source === 'server') ? 'Siebel' : 'your local data'}: use the existing record, or create this one anyway`;
  await run.raise(change, 'duplicate', { message, matches }, { state: 'blocked', failed: false });
  return 'settled';
}

/** The match carrying the same share key as `record` (an Outlook item's activity), if any. */
function shareKeyMatch(
  run: UploadRun,
  object: ObjectType,
  record: StoredRecord,
  matches: readonly Match[],
): Match | undefined {
  const name = run.ws.runtime.shareKeyField ?? DEFAULT_SHARE_KEY_FIELD;
  const field = object.fields.find((f) => f.name === name);
  const key = field ? record[field.ioElemName] : null;
  if (!field || typeof key !== 'string' || key === '') return undefined;
  return matches.find((m) => m.record[field.ioElemName] === key);
}

/** Local records and server records sharing a natural key with `record` (each Id once, local first). */
export async function findMatches(
  run: UploadRun,
  object: ObjectType,
  record: StoredRecord,
  selfId: string,
): Promise<Match[]> {
  const keys = applicableKeys(
    object,
    run.pkg.syncedTypes.find((t) => t.typeId === object.typeId),
    record,
  );
  if (keys.length === 0) return [];
  const matches: Match[] = (await localMatches(run, object, keys, record, selfId)).map((r) => ({
    source: 'local',
    record: r,
  }));
  const seen = new Set(matches.map((m) => String(m.record[object.primaryKey])));
  const server = await queryRecords(
    run.ws,
    object,
    naturalKeySearchSpec(object, keys, record),
    object.dedupViewMode ?? object.viewMode,
  );
  for (const candidate of server) {
    const id = String(candidate[object.primaryKey]);
    if (!seen.has(id) && sharesKey(keys, record, candidate)) {
      seen.add(id);
      matches.push({ source: 'server', record: candidate });
    }
  }
  return matches;
}

async function localMatches(
  run: UploadRun,
  object: ObjectType,
  keys: readonly NaturalKey[],
  record: StoredRecord,
  selfId: string,
): Promise<StoredRecord[]> {
  const found = new Map<string, StoredRecord>();
  for (const key of keys) {
    const first = key[0];
    for (const candidate of await run.db.whereEquals(
      object.typeId,
      first.ioElemName,
      String(record[first.ioElemName]),
    )) {
      const id = String(candidate[object.primaryKey]);
      // Other new records are not in Siebel yet: the server's user-key check catches them once one is sent.
      if (id !== selfId && !isLocalId(id) && sharesKey([key], record, candidate)) found.set(id, candidate);
    }
  }
  return [...found.values()];
}

/**
 * The new record becomes `existing`: local id remapped everywhere, the insert dropped, the existing
 * values kept. Only if nothing was saved since the link was decided: the user may edit the new
 * record while its duplicate query is on the way (or the match meanwhile), and the link compared
 * the values read before. Like every upload write it names the revisions it read, checked in its
 * own transaction; a newer save keeps the insert waiting, and the next run checks its new values.
 */
export async function linkTo(
  run: UploadRun,
  change: PendingChange,
  existing: StoredRecord,
  existingId: string,
): Promise<void> {
  await run.db.applyLocal({
    expect: [expectedRevision(change), { typeId: change.typeId, recordId: existingId, revision: null }],
    remaps: [{ typeId: change.typeId, from: change.recordId, to: existingId }],
    puts: [{ typeId: change.typeId, record: existing }],
    pending: { delete: [{ typeId: change.typeId, recordId: existingId }] },
    issues: { delete: [`${change.typeId}:${existingId}`] },
  });
}
