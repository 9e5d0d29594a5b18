import { orphanEdits } from './orphanEdits';
import type { LocalContext } from './types';

/**
 * Deletes a record locally; Siebel deletes it on the next synchronization ("delete in Siebel and
 * Outlook"). A record never sent simply disappears with its pending insert, and in the same
 * transaction its contact links (association rows) go and other records stop pointing at it.
 */
export async function deleteRecord(ctx: LocalContext, typeId: string, id: string): Promise<void> {
  const neverSent = (await ctx.db.pendingChange(typeId, id))?.operation === 'insert';
  const orphans = neverSent ? await orphanEdits(ctx, typeId, id) : [];
  await ctx.db.saveLocalChanges([{ operation: 'delete', typeId, id }, ...orphans]);
}
