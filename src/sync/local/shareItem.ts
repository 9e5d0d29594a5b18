import type { LocalEdit, StoredRecord } from '../../store';
import { activityTypes, type ActivityTypes } from './activityTypes';
import { newLocalId } from './newLocalId';
import { shareState } from './shareState';
import { shareValues } from './shareValues';
import type { LocalContext, ShareRequest, ShareState } from './types';
import { validateOrThrow } from './validateOrThrow';

/**
 * Shares an Outlook message or meeting with Siebel: an activity with one contact link
 * (ActionContact) per chosen contact and the item's share row, all in one transaction, sent on
 * the next synchronization. Sharing the same item again — found by its share key or any alias —
 * updates that activity and adds or removes links instead of creating a second activity. The
 * activity carries the share key (field `ctx.shareKeyField`, by default `DEFAULT_SHARE_KEY_FIELD`, when the package has it), so the upload can find an
 * activity another Outlook created for the same item. Throws `RecordValidationError` for refused values.
 *
 * @example
 * const state = await shareItem(ctx, { itemKey, kind: 'inboundEmail', subject, start, from, to, cc, body, accountId, opportunityId: null, contactIds });
 */
export async function shareItem(ctx: LocalContext, request: ShareRequest): Promise<ShareState> {
  const now = ctx.now?.() ?? Date.now();
  const types = activityTypes(ctx.pkg);
  const { activity } = types;
  const keys = [request.itemKey, ...(request.aliases ?? [])];
  const share = await ctx.db.sharedItem(keys);
  const existing = share ? await ctx.db.get(activity.typeId, share.recordId) : undefined;
  const values = shareValues(activity, request, ctx.shareKeyField);
  validateOrThrow(ctx, activity.typeId, values, existing ? 'update' : 'insert');
  // The activity's id is chosen here so its contact links can point to it in the same save.
  const id = existing && share ? share.recordId : newLocalId();
  const activityEdit: LocalEdit = existing
    ? { operation: 'update', typeId: activity.typeId, id, values }
    : { operation: 'insert', typeId: activity.typeId, id, values };
  const links = await relinkContacts(ctx, types, id, existing !== undefined, request.contactIds);
  // A share found under another key (an older share key, or an item id from before this Outlook
  // recorded a key on the item) moves to the share key, keeping every key it was known by.
  const seen = [...(share ? [share.itemKey, ...(share.aliases ?? [])] : []), ...keys];
  const aliases = [...new Set(seen)].filter((key) => key !== '' && key !== request.itemKey);
  const row = { itemKey: request.itemKey, aliases, typeId: activity.typeId, recordId: id, sharedAt: now };
  const moved = share && share.itemKey !== request.itemKey ? [share.itemKey] : [];
  await ctx.db.saveLocalChanges([activityEdit, ...links], { shares: { put: [row], delete: moved } });
  const state = await shareState(ctx, request.itemKey);
  if (!state) throw new Error(`The shared activity of ${request.itemKey} could not be read back`);
  return state;
}

/** Edits that make the activity's contact links match `contactIds`: unwanted links deleted, missing ones created. */
async function relinkContacts(
  ctx: LocalContext,
  types: ActivityTypes,
  activityId: string,
  existed: boolean,
  contactIds: readonly string[],
): Promise<LocalEdit[]> {
  const { link, linkActivityField, linkContactField } = types;
  const current: StoredRecord[] = existed ? await ctx.db.whereEquals(link.typeId, linkActivityField, activityId) : [];
  const wanted = new Set(contactIds.filter((c) => c !== ''));
  const edits: LocalEdit[] = [];
  for (const record of current) {
    if (wanted.delete(String(record[linkContactField]))) continue;
    edits.push({ operation: 'delete', typeId: link.typeId, id: String(record[link.primaryKey]) });
  }
  for (const contactId of wanted) {
    edits.push({
      operation: 'insert',
      typeId: link.typeId,
      values: { [linkActivityField]: activityId, [linkContactField]: contactId },
    });
  }
  return edits;
}
