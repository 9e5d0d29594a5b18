import { isLocalId, type StoredRecord } from '../../store';
import { activityTypes } from './activityTypes';
import type { LocalContext, ShareState } from './types';

/**
 * What an Outlook item is shared as, read from local data only (works offline): the activity, its
 * account, opportunity and contacts, and whether it still waits to be sent. `null` when the item
 * was never shared or its activity no longer exists locally. `keys`: the item's share key and
 * every other key it has now (see `DataDatabase.sharedItem`).
 */
export async function shareState(ctx: LocalContext, keys: string | readonly string[]): Promise<ShareState | null> {
  const share = await ctx.db.sharedItem(keys);
  if (!share) return null;
  const activity = await ctx.db.get(share.typeId, share.recordId);
  if (!activity) return null;
  const types = activityTypes(ctx.pkg);
  const ref = (name: string) => types.activity.fields.find((f) => f.name === name);
  const lookup = async (name: string): Promise<StoredRecord | null> => {
    const field = ref(name);
    const id = field ? activity[field.ioElemName] : null;
    return field?.refObjTypeId && typeof id === 'string' && id !== ''
      ? ((await ctx.db.get(field.refObjTypeId, id)) ?? null)
      : null;
  };
  const links = await ctx.db.whereEquals(types.link.typeId, types.linkActivityField, share.recordId);
  const primary = ref('Primary Contact Id');
  const contactIds = unique([
    ...(primary ? [activity[primary.ioElemName]] : []),
    ...links.map((l) => l[types.linkContactField]),
  ]);
  const contacts = (await ctx.db.getMany('Contact', contactIds)).filter((c): c is StoredRecord => c !== undefined);
  const pendingLinks = await Promise.all(
    links.map((l) => ctx.db.pendingChange(types.link.typeId, String(l[types.link.primaryKey]))),
  );
  const pending =
    isLocalId(share.recordId) ||
    (await ctx.db.pendingChange(share.typeId, share.recordId)) !== undefined ||
    pendingLinks.some((p) => p !== undefined);
  return {
    activity,
    account: await lookup('Account Id'),
    opportunity: await lookup('Opportunity Id'),
    contacts,
    pending,
  };
}

function unique(values: readonly unknown[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];
}
