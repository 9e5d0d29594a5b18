import type { Translator } from '../../../i18n';
import type { ObjectType, SiebelDataType } from '../../../metadata';
import type { FieldValue, StoredRecord } from '../../../store';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_LOCAL_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
const CURRENCY_CODE = /^[A-Za-z]{3}$/;
const CURRENCY_CODE_FIELD = /^currency\s*_?code$/i;

/** What else a value's text depends on besides its type. */
export interface FieldFormatOptions {
  /** ISO 4217 code of the record's currency (`EUR`): a DTYPE_CURRENCY value is shown as money in it. */
  readonly currency?: string;
}

/** Numbers, dates and the words for true and false in one language. */
interface ValueFormatter {
  number(value: number, options?: Intl.NumberFormatOptions): string;
  date(value: number | Date, options: Intl.DateTimeFormatOptions): string;
  readonly yes: string;
  readonly no: string;
}

/**
 * A stored value as text for the detail view, by its Siebel data type, in the translator's
 * formatting locale (FormatJS over `Intl`) and language. A bare BCP 47 tag instead of a
 * translator formats numbers and dates for that locale with English words (callers that have no
 * translator yet). DATE and DATETIME values carry no zone (Siebel sends the server's wall clock),
 * so they are shown as they are, never shifted by the browser's zone; UTCDATETIME values are shown
 * in local time. A DTYPE_CURRENCY value is money in `options.currency` when the record has a
 * currency code (see {@link currencyCodeOf}), else a number with two decimals. Anything unexpected
 * is shown raw rather than hidden.
 */
export function formatFieldValue(
  value: FieldValue | undefined,
  dataType: SiebelDataType,
  how: Translator | string,
  options: FieldFormatOptions = {},
): string {
  if (value === null || value === undefined || value === '') return '';
  const format = typeof how === 'string' ? intlFormatter(how) : translatorFormatter(how);
  switch (dataType) {
    case 'DTYPE_BOOL':
      return value === true ? format.yes : value === false ? format.no : String(value);
    case 'DTYPE_INTEGER':
    case 'DTYPE_NUMBER':
      return typeof value === 'number' ? format.number(value) : String(value);
    case 'DTYPE_CURRENCY':
      if (typeof value !== 'number') return String(value);
      return options.currency && CURRENCY_CODE.test(options.currency)
        ? format.number(value, { style: 'currency', currency: options.currency.toUpperCase() })
        : format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case 'DTYPE_DATE':
      return typeof value === 'string' && ISO_DATE.test(value)
        ? format.date(new Date(`${value}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' })
        : String(value);
    case 'DTYPE_DATETIME':
      return typeof value === 'string' && ISO_LOCAL_DATETIME.test(value)
        ? format.date(new Date(`${value}Z`), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
        : String(value);
    case 'DTYPE_UTCDATETIME': {
      const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
      return Number.isNaN(ms) ? String(value) : format.date(ms, { dateStyle: 'medium', timeStyle: 'short' });
    }
    default:
      return String(value);
  }
}

/**
 * The currency of `record`'s amounts: the value of its type's `Currency Code` field (Siebel's
 * name for it, as Oracle's Opportunity carries it next to its revenue), when that is an ISO 4217
 * code; `undefined` when the type has no such field or the record no such value.
 */
export function currencyCodeOf(object: ObjectType, record: StoredRecord): string | undefined {
  const field = object.fields.find((f) => CURRENCY_CODE_FIELD.test(f.name) || CURRENCY_CODE_FIELD.test(f.ioElemName));
  const code = field ? record[field.ioElemName] : undefined;
  return typeof code === 'string' && CURRENCY_CODE.test(code.trim()) ? code.trim().toUpperCase() : undefined;
}

function translatorFormatter(translator: Translator): ValueFormatter {
  return {
    number: (value, options) => translator.format.formatNumber(value, options),
    date: (value, options) => translator.format.formatDate(value, options),
    yes: translator.t('records.value.yes'),
    no: translator.t('records.value.no'),
  };
}

function intlFormatter(locale: string): ValueFormatter {
  return {
    number: (value, options) => safeFormat(locale, (l) => new Intl.NumberFormat(l, options).format(value)),
    date: (value, options) => safeFormat(locale, (l) => new Intl.DateTimeFormat(l, options).format(value)),
    yes: 'Yes',
    no: 'No',
  };
}

// An unknown locale tag must not break the view: fall back to the runtime's default.
function safeFormat(locale: string, format: (locale: string | undefined) => string): string {
  try {
    return format(locale);
  } catch {
    return format(undefined);
  }
}
