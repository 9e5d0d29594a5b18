import type { SiebelDataType } from '../../../metadata';
import type { FieldValue } from '../../../store';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_LOCAL_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/**
 * A stored value as text for the detail view, by its Siebel data type and the display language.
 * DATE and DATETIME values carry no zone (Siebel sends the server's wall clock), so they are shown
 * as they are, never shifted by the browser's zone; UTCDATETIME values are shown in local time.
 * Anything unexpected is shown raw rather than hidden.
 */
export function formatFieldValue(value: FieldValue | undefined, dataType: SiebelDataType, locale: string): string {
  if (value === null || value === undefined || value === '') return '';
  switch (dataType) {
    case 'DTYPE_BOOL':
      return value === true ? 'Yes' : value === false ? 'No' : String(value);
    case 'DTYPE_INTEGER':
    case 'DTYPE_NUMBER':
      return typeof value === 'number'
        ? safeFormat(locale, (l) => new Intl.NumberFormat(l).format(value))
        : String(value);
    case 'DTYPE_CURRENCY':
      return typeof value === 'number'
        ? safeFormat(locale, (l) =>
            new Intl.NumberFormat(l, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value),
          )
        : String(value);
    case 'DTYPE_DATE':
      return typeof value === 'string' && ISO_DATE.test(value)
        ? safeFormat(locale, (l) =>
            new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`)),
          )
        : String(value);
    case 'DTYPE_DATETIME':
      return typeof value === 'string' && ISO_LOCAL_DATETIME.test(value)
        ? safeFormat(locale, (l) =>
            new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
              new Date(`${value}Z`),
            ),
          )
        : String(value);
    case 'DTYPE_UTCDATETIME': {
      const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
      return Number.isNaN(ms)
        ? String(value)
        : safeFormat(locale, (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' }).format(ms));
    }
    default:
      return String(value);
  }
}

// An unknown locale tag from Office must not break the view: fall back to the runtime's default.
function safeFormat(locale: string, format: (locale: string | undefined) => string): string {
  try {
    return format(locale);
  } catch {
    return format(undefined);
  }
}
