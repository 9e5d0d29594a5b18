import type { Translator } from './createTranslator';

/**
 * A package label (`Accounts`) as a word inside one of our sentences ("Search accounts"):
 * lower-cased in languages that write common nouns in lower case (the catalog's
 * `records.labelCase.inSentence` is `lower`), kept as it is in German (nouns are capitalized) and
 * in languages without case.
 */
export function labelInSentence(translator: Translator, label: string): string {
  return translator.t('records.labelCase.inSentence') === 'lower'
    ? label.toLocaleLowerCase(translator.formattingLocale)
    : label;
}

/**
 * Record names or addresses as one list in a sentence ("A, B, C"; German "A, B und C"): the
 * `Intl.ListFormat` type the catalog's `records.nameList.type` names (`unit` or `conjunction`;
 * CLDR's Japanese unit lists separate by spaces, its conjunction lists by "、").
 */
export function nameList(translator: Translator, names: readonly string[]): string {
  const type = translator.t('records.nameList.type') === 'conjunction' ? 'conjunction' : 'unit';
  return translator.format.formatList(names, { type, style: 'long' });
}
