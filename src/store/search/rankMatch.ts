import type { StoredRecord } from '../types';
import { wordsOf } from './foldText';
import type { MatchKind } from './types';

/** What a record's match is worth before boosts; a kind always beats every kind after it. */
const KIND_SCORE: Readonly<Record<MatchKind, number>> = {
  field: 400,
  fieldWords: 300,
  words: 200,
  fieldStart: 100,
  wordStarts: 0,
};

/** The ranking of one record against the query's words (`wordsOf` of what the rep typed). */
export interface Rank {
  readonly score: number;
  readonly match: MatchKind;
}

/**
 * Whether every query word starts one of the record's tokens (the search's match rule), and how
 * well: `null` when one does not. Per word, an equal token scores 3, a longer one 2 minus a little
 * for each letter more (so "acme" ranks "Acme" over "Acmeworks").
 */
export function tokenScore(queryWords: readonly string[], tokens: readonly string[]): number | null {
  let total = 0;
  for (const word of queryWords) {
    let best = 0;
    for (const token of tokens) {
      if (token === word) best = 3;
      else if (best < 3 && token.startsWith(word))
        best = Math.max(best, 2 - Math.min(1, (token.length - word.length) / 20));
      if (best === 3) break;
    }
    if (best === 0) return null;
    total += best;
  }
  return total;
}

/**
 * The rank of a record that matched, by kind: a searchable field equal to the query ("Acme"); a
 * field whose first words are the query's words ("Acme Corporation"); every query word equal to a
 * word somewhere ("Global Acme"); a field starting with the query, its last word unfinished
 * ("Acmeworks"); the words only starting with the query's. Exact beats unfinished, and the start of
 * a field beats the same words further in. Inside a kind, the token score (×10) and the boost decide.
 * @example rankMatch(['acme'], { Name: 'Acme' }, ['Name'], ['acme'], 0) // { score: 430, match: 'field' }
 */
export function rankMatch(
  queryWords: readonly string[],
  record: StoredRecord,
  fields: readonly string[],
  tokens: readonly string[],
  boost: number,
): Rank | null {
  const words = tokenScore(queryWords, tokens);
  if (words === null) return null;
  const phrase = queryWords.join(' ');
  let match: MatchKind = words === 3 * queryWords.length ? 'words' : 'wordStarts';
  const better = (kind: MatchKind) => {
    if (KIND_SCORE[kind] > KIND_SCORE[match]) match = kind;
  };
  for (const field of fields) {
    const value = record[field];
    if (typeof value !== 'string') continue;
    const folded = wordsOf(value).join(' ');
    if (folded === phrase) better('field');
    else if (folded.startsWith(`${phrase} `)) better('fieldWords');
    else if (folded.startsWith(phrase)) better('fieldStart');
  }
  return { score: KIND_SCORE[match] + words * 10 + boost, match };
}
