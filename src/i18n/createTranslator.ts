import { createIntl, createIntlCache } from '@formatjs/intl';
import { createLogger } from '../shared';
import type { Catalog } from './loadCatalog';
import type { MessageId, MessageValues } from './Messages';

const log = createLogger('i18n');

/** The formatters a translator takes from FormatJS (`@formatjs/intl` here, react-intl's in the task pane). */
export interface IntlFormatters {
  formatMessage(descriptor: { id: string }, values?: Record<string, string | number | Date>): unknown;
  formatDate(value: Date | number, options?: Intl.DateTimeFormatOptions): string;
  formatTime(value: Date | number, options?: Intl.DateTimeFormatOptions): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  formatRelativeTime(
    value: number,
    unit?: Intl.RelativeTimeFormatUnit,
    options?: Intl.RelativeTimeFormatOptions,
  ): string;
  formatList(values: readonly string[], options?: Intl.ListFormatOptions): string;
}

/** Formats the add-in's messages, dates and numbers in one catalog's language. */
export interface Translator {
  /** The UI language of the catalog (`en`, `de`…, `qps-ploc`). */
  readonly uiLocale: Catalog['uiLocale'];
  /** The locale dates and numbers follow (`de-AT`). */
  readonly formattingLocale: string;
  /** The message `id` with its placeholders filled (ICU plural, select, number and date included). */
  t(id: MessageId, values?: MessageValues): string;
  /** Whether the catalog has `id` (for ids built from a code, such as `error.<code>.title`). */
  has(id: string): boolean;
  /** Dates, times, numbers, money, relative times and lists in {@link formattingLocale}. */
  readonly format: Omit<IntlFormatters, 'formatMessage'>;
}

/** The FormatJS configuration of `catalog`: a message that cannot be formatted is logged and shown by its id. */
export function intlConfigOf(catalog: Catalog) {
  return {
    locale: catalog.formattingLocale,
    defaultLocale: 'en',
    messages: catalog.messages,
    onError: (error: Error) => log.warn(`message format: ${error.message}`),
  };
}

/** A {@link Translator} over FormatJS formatters made for `catalog` (see {@link intlConfigOf}). */
export function translatorOver(catalog: Catalog, intl: IntlFormatters): Translator {
  return {
    uiLocale: catalog.uiLocale,
    formattingLocale: catalog.formattingLocale,
    t: (id, values) => String(intl.formatMessage({ id }, values as Record<string, string | number | Date>)),
    has: (id) => Object.prototype.hasOwnProperty.call(catalog.messages, id),
    format: {
      formatDate: (value, options) => intl.formatDate(value, options),
      formatTime: (value, options) => intl.formatTime(value, options),
      formatNumber: (value, options) => intl.formatNumber(value, options),
      formatRelativeTime: (value, unit, options) => intl.formatRelativeTime(value, unit, options),
      formatList: (values, options) => intl.formatList(values, options),
    },
  };
}

/** A {@link Translator} for `catalog` outside React (ribbon, CLI, workers). */
export function createTranslator(catalog: Catalog): Translator {
  return translatorOver(catalog, createIntl(intlConfigOf(catalog), createIntlCache()) as unknown as IntlFormatters);
}
