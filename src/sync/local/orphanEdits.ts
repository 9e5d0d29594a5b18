import { findObject, referenceFieldsTo } from '../../metadata';
import type { FieldValue, LocalEdit } from '../../store';
import type { LocalContext } from './types';

/**
 * The edits that keep records from pointing at a never-sent record that goes away (deleted, or
 * discarded in the issues view), to be saved in the same `saveLocalChanges` call as its removal:
 * association rows pointing at it are deleted, any other record gets that reference cleared (an
 * edit to `null`, folded like any edit). Left alone, they would wait forever for an insert that
 * will never be sent. Not recursive: association rows are leaves that nothing points to.
 *
 * @example
 * await ctx.db.saveLocalChanges([{ operation: 'delete', typeId, id }, ...(await orphanEdits(ctx, typeId, id))]);
 */
export async function orphanEdits(ctx: LocalContext, typeId: string, id: string): Promise<LocalEdit[]> {
  const stored = new Set(ctx.db.layout.types.map((t) => t.typeId));
  const deletes = new Map<string, LocalEdit>();
  const clears = new Map<string, { typeId: string; id: string; values: Record<string, FieldValue> }>();
  for (const ref of referenceFieldsTo(ctx.pkg, typeId)) {
    const object = findObject(ctx.pkg, ref.typeId);
    if (!object || !stored.has(ref.typeId)) continue;
    for (const record of await ctx.db.whereEquals(ref.typeId, ref.field.ioElemName, id)) {
      const recordId = String(record[object.primaryKey]);
      const key = `${ref.typeId}:${recordId}`;
      if (ref.typeId === typeId && recordId === id) continue;
      if (object.isAssociation) deletes.set(key, { operation: 'delete', typeId: ref.typeId, id: recordId });
      else {
        // Several fields of one record may point at it: one edit clears them all.
        const clear = clears.get(key) ?? { typeId: ref.typeId, id: recordId, values: {} };
        clear.values[ref.field.ioElemName] = null;
        clears.set(key, clear);
      }
    }
  }
  const updates = [...clears.values()].map((c): LocalEdit => ({ operation: 'update', ...c }));
  return [...deletes.values(), ...updates];
}
