/* Languages */
export { pickLocale, PSEUDO_LOCALE, SHIPPED_LOCALES } from './locales';
export type { LocaleChoice, UiLocale } from './locales';

/* Catalogs */
export { ENGLISH_CATALOG, loadCatalog } from './loadCatalog';
export type { Catalog } from './loadCatalog';
export type { MessageId, Messages, MessageValues } from './Messages';
export { pseudoLocalize } from './pseudoLocalize';

/* Formatting */
export { createTranslator, intlConfigOf, translatorOver } from './createTranslator';
export type { IntlFormatters, Translator } from './createTranslator';

/* Errors */
export { describeError } from './describeError';
export type { ErrorDescription } from './describeError';

/* The wording of a synchronization's progress and counts (task pane, ribbon, CLI) */
export {
  countsText,
  describeProgress,
  fallbackTypeLabel,
  isTypeDownload,
  phaseText,
  pluralLabel,
  progressLogLine,
  recordValues,
  runningText,
  startingText,
  summarizeCounts,
  totalCounts,
} from './progressWording';

/* Words inside sentences */
export { labelInSentence, nameList } from './inSentence';
