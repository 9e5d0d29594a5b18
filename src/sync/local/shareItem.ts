import type { LocalMutation, PendingChange, StoredRecord } from '../../store';
import { activityTypes, type ActivityTypes } from './activityTypes';
import { foldChange } from './foldChange';
import { newLocalId } from './newLocalId';
import { shareState } from './shareState';
import { shareValues } from './shareValues';
import type { LocalContext, ShareRequest, ShareState } from './types';
import { validateOrThrow } from './validateOrThrow';

/**
 * Shares an Outlook message or meeting with Siebel: an activity with one contact link
 * (ActionContact) per chosen contact and the item's share row, all in one transaction, sent on
 * the next synchronization. Sharing the same item again updates that activity and adds or removes
 * links instead of creating a second activity. Throws `RecordValidationError` for refused values.
 *
 * @example
 * const state = await shareItem(ctx, { itemKey, kind: 'inboundEmail', subject, start, from, to, cc, body, accountId, opportunityId: null, contactIds });
 */
export async function shareItem(ctx: LocalContext, request: ShareRequest): Promise<ShareState> {
  const now = ctx.now?.() ?? Date.now();
  const types = activityTypes(ctx.pkg);
  const { activity } = types;
  const share = await ctx.db.sharedItem(request.itemKey);
  const before = share ? ((await ctx.db.get(activity.typeId, share.recordId)) ?? null) : null;
  const values = shareValues(activity, request);
  validateOrThrow(ctx, activity.typeId, values, before ? 'update' : 'insert');
  const id = before && share ? share.recordId : newLocalId();
  const after: StoredRecord = { ...(before ?? {}), ...values, [activity.primaryKey]: id };
  const mutation = new MutationBuilder();
  mutation.record(activity.typeId, id, after, foldChange({ object: activity, recordId: id, existing: before ? await ctx.db.pendingChange(activity.typeId, id) : undefined, before, after, now }));
  await relinkContacts(ctx, types, id, before !== null, request.contactIds, mutation, now);
  await ctx.db.applyLocal({ ...mutation.build(), shares: { put: [{ itemKey: request.itemKey, typeId: activity.typeId, recordId: id, sharedAt: now }] } });
  const state = await shareState(ctx, request.itemKey);
  if (!state) throw new Error(`The shared activity of ${request.itemKey} could not be read back`);
  return state;
}

async function relinkContacts(ctx: LocalContext, types: ActivityTypes, activityId: string, existed: boolean, contactIds: readonly string[], mutation: MutationBuilder, now: number): Promise<void> {
  const { link, linkActivityField, linkContactField } = types;
  const current = existed ? await ctx.db.whereEquals(link.typeId, linkActivityField, activityId) : [];
  const wanted = new Set(contactIds.filter((c) => c !== ''));
  for (const record of current) {
    const contactId = String(record[linkContactField]);
    if (wanted.delete(contactId)) continue;
    const linkId = String(record[link.primaryKey]);
    mutation.record(link.typeId, linkId, null, foldChange({ object: link, recordId: linkId, existing: await ctx.db.pendingChange(link.typeId, linkId), before: record, after: null, now }));
  }
  for (const contactId of wanted) {
    const linkId = newLocalId();
    const record: StoredRecord = { [link.primaryKey]: linkId, [linkActivityField]: activityId, [linkContactField]: contactId };
    mutation.record(link.typeId, linkId, record, foldChange({ object: link, recordId: linkId, existing: undefined, before: null, after: record, now }));
  }
}

/** Collects record writes and their pending changes into one `LocalMutation`. */
class MutationBuilder {
  private readonly puts: Array<{ typeId: string; record: StoredRecord }> = [];
  private readonly deletes: Array<{ typeId: string; id: string }> = [];
  private readonly pendingPut: PendingChange[] = [];
  private readonly pendingDelete: Array<{ typeId: string; recordId: string }> = [];
  private readonly issueDelete: string[] = [];

  /** `record` null = delete it; `pending` null = nothing left to send for it. */
  record(typeId: string, id: string, record: StoredRecord | null, pending: PendingChange | null): void {
    if (record) this.puts.push({ typeId, record });
    else this.deletes.push({ typeId, id });
    if (pending) this.pendingPut.push(pending);
    else {
      this.pendingDelete.push({ typeId, recordId: id });
      this.issueDelete.push(`${typeId}:${id}`);
    }
  }

  build(): LocalMutation {
    return { puts: this.puts, deletes: this.deletes, pending: { put: this.pendingPut, delete: this.pendingDelete }, issues: { delete: this.issueDelete } };
  }
}
