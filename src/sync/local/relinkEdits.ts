import { findObject, referenceFieldsTo } from '../../metadata';
import { isLocalId, type FieldValue, type LocalEdit } from '../../store';
import type { LocalContext } from './types';

/**
 * The edits that point the records referring to `from` at `to` instead, as changes of their own:
 * used when a record deleted in Siebel is created again under a new id ("create it again"). The
 * id remap moves the references in the local data only; Siebel's copies of those records still
 * point at the deleted record, so each one gets the new reference as a pending update, sent once
 * the new record has its Siebel Id. An association row sent already is replaced (deleted, and
 * inserted again with the new reference): its references are what it is. Save them in the same
 * `saveLocalChanges` call as the new record's insert, after it.
 *
 * @example
 * await ctx.db.saveLocalChanges([insert, ...(await relinkEdits(ctx, 'Opportunity', oldId, newId))], { remaps });
 */
export async function relinkEdits(ctx: LocalContext, typeId: string, from: string, to: string): Promise<LocalEdit[]> {
  const stored = new Set(ctx.db.layout.types.map((t) => t.typeId));
  const relinked = new Map<
    string,
    { typeId: string; id: string; record: Record<string, FieldValue>; values: Record<string, FieldValue> }
  >();
  for (const ref of referenceFieldsTo(ctx.pkg, typeId)) {
    if (!stored.has(ref.typeId)) continue;
    const object = findObject(ctx.pkg, ref.typeId);
    for (const record of object ? await ctx.db.whereEquals(ref.typeId, ref.field.ioElemName, from) : []) {
      const id = String(record[object!.primaryKey]);
      if (ref.typeId === typeId && id === from) continue;
      // Several fields of one record may point at it: one edit moves them all.
      const key = `${ref.typeId}:${id}`;
      const edit = relinked.get(key) ?? { typeId: ref.typeId, id, record, values: {} };
      edit.values[ref.field.ioElemName] = to;
      relinked.set(key, edit);
    }
  }
  return [...relinked.values()].flatMap(({ typeId: refTypeId, id, record, values }): LocalEdit[] => {
    const object = findObject(ctx.pkg, refTypeId)!;
    if (!object.isAssociation || isLocalId(id)) return [{ operation: 'update', typeId: refTypeId, id, values }];
    const copied = Object.fromEntries(
      Object.entries(record).filter(
        ([field]) => field !== object.primaryKey && field !== object.timestampField && !field.startsWith('_'),
      ),
    );
    return [
      { operation: 'delete', typeId: refTypeId, id },
      { operation: 'insert', typeId: refTypeId, values: { ...copied, ...values } },
    ];
  });
}
