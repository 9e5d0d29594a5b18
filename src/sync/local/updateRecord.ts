import type { FieldValue, StoredRecord } from '../../store';
import type { LocalContext } from './types';
import { validateOrThrow } from './validateOrThrow';

/**
 * Changes fields of a record locally (`values`: the changed fields only; `null` clears one); sent on
 * the next synchronization. Throws `RecordValidationError` when the package's rules refuse them.
 *
 * @example
 * await updateRecord(ctx, 'Contact', contact.Id, { JobTitle: 'VP Sales' });
 */
export async function updateRecord(
  ctx: LocalContext,
  typeId: string,
  id: string,
  values: Readonly<Record<string, FieldValue>>,
): Promise<StoredRecord> {
  validateOrThrow(ctx, typeId, values, 'update');
  const saved = await ctx.db.saveLocalChange({ operation: 'update', typeId, id, values });
  if (!saved) throw new Error(`The store returned no ${typeId} ${id} after saving it`);
  return saved;
}
