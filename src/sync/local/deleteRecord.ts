import type { LocalContext } from './types';

/**
 * Deletes a record locally; Siebel deletes it on the next synchronization ("delete in Siebel and
 * Outlook"). A record never sent simply disappears with its pending insert.
 */
export async function deleteRecord(ctx: LocalContext, typeId: string, id: string): Promise<void> {
  await ctx.db.saveLocalChange({ operation: 'delete', typeId, id });
}
