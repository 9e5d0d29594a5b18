import type { RecordValue, SiebelDataType } from '../types';
import type { ValidationMessageKey } from './validationMessages';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// The store keeps `YYYY-MM-DDTHH:MM:SS` (plus `Z` for UTC fields); seconds and the Z are optional
// here so that a value from a date-time picker passes.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?Z?$/;

/**
 * Whether a non-empty value fits the field's data type in the form the store keeps it (see
 * sync's `mapWireRecord`): text for text and ids, a number, a boolean, ISO 8601 dates. Returns the
 * message key of the problem, or `undefined`.
 */
export function checkFieldValue(
  dataType: SiebelDataType,
  value: Exclude<RecordValue, null>,
): ValidationMessageKey | undefined {
  switch (dataType) {
    case 'DTYPE_ID':
    case 'DTYPE_TEXT':
    case 'DTYPE_NOTE':
    case 'DTYPE_PHONE':
      return typeof value === 'string' ? undefined : 'text';
    case 'DTYPE_BOOL':
      return typeof value === 'boolean' ? undefined : 'bool';
    case 'DTYPE_INTEGER':
      return typeof value === 'number' && Number.isSafeInteger(value) ? undefined : 'integer';
    case 'DTYPE_NUMBER':
    case 'DTYPE_CURRENCY':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'number';
    case 'DTYPE_DATE':
      return typeof value === 'string' && isCalendarDate(DATE.exec(value)) ? undefined : 'date';
    case 'DTYPE_DATETIME':
    case 'DTYPE_UTCDATETIME':
      return typeof value === 'string' && isCalendarDate(DATE_TIME.exec(value)) ? undefined : 'datetime';
  }
}

function isCalendarDate(match: RegExpExecArray | null): boolean {
  if (!match) return false;
  const [, yyyy, mm, dd, hh = '00', mi = '00', ss = '00'] = match;
  const date = new Date(Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd)));
  // Date.UTC rolls 02/30 over to 03/01: such text is no date.
  return (
    date.getUTCMonth() === Number(mm) - 1 &&
    date.getUTCDate() === Number(dd) &&
    Number(hh) < 24 &&
    Number(mi) < 60 &&
    Number(ss) < 60
  );
}
