import type { FieldValue, StoredRecord } from '../../store';
import type { LocalContext } from './types';
import { validateOrThrow } from './validateOrThrow';

/**
 * Creates a record locally: stored at once with a local id and a pending insert, sent on the next
 * synchronization. Throws `RecordValidationError` when the package's rules refuse the values.
 *
 * @example
 * const contact = await createRecord(ctx, 'Contact', { FirstName: 'Ada', LastName: 'Lovelace', AccountId: account.Id });
 */
export async function createRecord(
  ctx: LocalContext,
  typeId: string,
  values: Readonly<Record<string, FieldValue>>,
): Promise<StoredRecord> {
  validateOrThrow(ctx, typeId, values, 'insert');
  const saved = await ctx.db.saveLocalChange({ operation: 'insert', typeId, values });
  if (!saved) throw new Error(`The store returned no ${typeId} after saving it`);
  return saved;
}
