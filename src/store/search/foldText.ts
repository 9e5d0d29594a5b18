/** Latin combining accents (after NFKD): `é` → `e`; other scripts' marks (Japanese dakuten) stay. */
const LATIN_ACCENTS = /[\u0300-\u036f]/g;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Text as the search compares it: compatibility forms folded (full-width `Ａ` → `a`), Latin accents
 * dropped, lower case. A rep types "muller" for "Müller" and finds it.
 * @example foldText('Müller GmbH') // 'muller gmbh'
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(LATIN_ACCENTS, '').normalize('NFC').toLowerCase();
}

/**
 * The words of `text` (letters and digits; punctuation, spaces and `@` split), folded.
 * @example wordsOf('david.rossi@acme.example') // ['david', 'rossi', 'acme', 'example']
 */
export function wordsOf(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}
