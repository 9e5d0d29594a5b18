import type { Dexie } from 'dexie';
import { StoreError } from '../../errors/StoreError';
import { isLocalId } from '../../isLocalId';
import type { PendingChange, StoredRecord, StoreLayout, TypeLayout, UploadAck } from '../../types';
import { ISSUES, issueIdOf, issuesOf, OUTBOX, outboxOf, REMAPS, SHARES } from './localTables';
import { sameValue, withoutBookkeeping } from './recordFields';
import { remapId } from './remapId';

/**
 * Takes the server's answer to one sent change in one transaction (see
 * `DataDatabase.acknowledgeUpload`). Locks every record table: a new record's local id is
 * replaced by its server `Id` in every reference to it.
 */
export function acknowledgeUpload(
  dexie: Dexie,
  layout: StoreLayout,
  type: TypeLayout,
  ack: UploadAck,
  now: number,
  newChangeId: () => string,
): Promise<void> {
  const server = ack.serverRecord;
  const serverId = server ? server[type.primaryKey] : undefined;
  if (server && (typeof serverId !== 'string' || serverId === '')) {
    throw new StoreError(
      `Saving Siebel's answer failed: the ${ack.typeId} record returned for ${ack.recordId} has no ${type.primaryKey} — report this to the CRM administrator; the change stays pending`,
    );
  }
  const tables = [...layout.types.map((t) => t.table), OUTBOX, ISSUES, SHARES, REMAPS];
  return dexie.transaction('rw', tables, async () => {
    const records = dexie.table<StoredRecord, string>(type.table);
    const outbox = outboxOf(dexie);
    const pending = await outbox.get([ack.typeId, ack.recordId]);
    if (!server || typeof serverId !== 'string') {
      if (pending && pending.operation !== 'delete') {
        throw new StoreError(
          `Saving Siebel's answer failed: the answer for ${ack.typeId} ${ack.recordId} has no record, but the ${pending.operation} sent needs one — the change stays pending and is sent again on the next synchronization`,
        );
      }
      await outbox.delete([ack.typeId, ack.recordId]);
      await issuesOf(dexie).delete(issueIdOf(ack.typeId, ack.recordId));
      return;
    }
    // A success settles whatever issue the record had, whether or not a newer edit stays pending.
    await issuesOf(dexie).delete(issueIdOf(ack.typeId, ack.recordId));
    if (isLocalId(ack.recordId) && serverId !== ack.recordId) {
      await remapId(dexie, layout, type, { typeId: ack.typeId, from: ack.recordId, to: serverId });
    }
    if (!pending) {
      await acknowledgeWithoutPending(dexie, type, ack, server, serverId, now, newChangeId);
      return;
    }
    // The user saved since the answered change was read: a later revision of it, or a change created
    // afresh after it was discarded (whose revision restarted, so only its changeId tells). An answer
    // naming no change (one read before changes had ids) is told by its revision alone.
    const sameChange = ack.changeId === undefined || pending.changeId === ack.changeId;
    const newer = !sameChange || pending.revision > ack.revision;
    if (pending.operation === 'delete') {
      await outbox.delete([ack.typeId, serverId]);
      // The user deleted the record while its update or creation was on the way: what was
      // acknowledged is the earlier change, so the deletion still has to reach the server.
      if (newer) {
        const { allowDuplicate: _sent, sending: _answered, ...rest } = pending;
        await outbox.put({
          ...rest,
          recordId: serverId,
          base: withoutBookkeeping(server),
          state: 'ready',
          attempts: 0,
          updatedAt: now,
        });
      }
      return;
    }
    const local = await records.get(serverId);
    // Fields the user changed and that the server does not hold yet: those the pending change has
    // (compared with the base), and those the sent change carried — an edit setting one back to its
    // base value while it was on the way left the pending fields, yet the server holds the sent
    // value now, so the user's differs from it and must stay pending (soak seed 3000231). Not when
    // the sent change was discarded: the user gave its fields up to Siebel's values.
    const sent = sameChange ? (ack.sentFields ?? []) : [];
    const touched = [...new Set([...pending.changedFields, ...sent])];
    const stillLocal = newer ? touched.filter((f) => !sameValue(local?.[f], server[f])) : [];
    if (stillLocal.length === 0) {
      await records.put(server);
      await outbox.delete([ack.typeId, serverId]);
      return;
    }
    await records.put({ ...server, ...Object.fromEntries(stillLocal.map((f) => [f, local?.[f] ?? null])) });
    await outbox.put(updateOnTopOf(pending, server, serverId, stillLocal, now));
  });
}

/** The newer edit, now an update against the record the server returned. */
function updateOnTopOf(
  pending: PendingChange,
  server: StoredRecord,
  serverId: string,
  changedFields: string[],
  now: number,
): PendingChange {
  const { allowDuplicate: _sent, sending: _answered, ...rest } = pending;
  return {
    ...rest,
    recordId: serverId,
    operation: 'update',
    base: withoutBookkeeping(server),
    changedFields,
    state: 'ready',
    attempts: 0,
    updatedAt: now,
  };
}

/**
 * The pending change went away while it was being sent. A discarded update: the server's record
 * is the truth now. A new record deleted locally meanwhile: it exists on the server, so the local
 * deletion becomes a pending delete of the server's record instead of being lost.
 */
async function acknowledgeWithoutPending(
  dexie: Dexie,
  type: TypeLayout,
  ack: UploadAck,
  server: StoredRecord,
  serverId: string,
  now: number,
  newChangeId: () => string,
): Promise<void> {
  const records = dexie.table<StoredRecord, string>(type.table);
  if (!isLocalId(ack.recordId) || (await records.get(serverId))) {
    await records.put(server);
    return;
  }
  await outboxOf(dexie).put({
    typeId: ack.typeId,
    recordId: serverId,
    operation: 'delete',
    changedFields: [],
    base: withoutBookkeeping(server),
    state: 'ready',
    revision: 1,
    changeId: newChangeId(),
    attempts: 0,
    createdAt: now,
    updatedAt: now,
  });
}
