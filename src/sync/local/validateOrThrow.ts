import { validateRecordValues } from '../../metadata';
import type { FieldValue } from '../../store';
import { RecordValidationError } from '../errors/RecordValidationError';
import type { LocalContext } from './types';

/** Throws `RecordValidationError` when the package's field and form rules refuse `values`. */
export function validateOrThrow(
  ctx: LocalContext,
  typeId: string,
  values: Readonly<Record<string, FieldValue>>,
  operation: 'insert' | 'update',
): void {
  const problems = validateRecordValues(ctx.pkg, typeId, values, {
    operation,
    ...(ctx.locale ? { locale: ctx.locale } : {}),
  });
  if (Object.keys(problems).length > 0) throw new RecordValidationError(typeId, problems);
}
