import type { StoredRecord } from '../types';
import { wordsOf } from './foldText';

/**
 * Most distinct tokens kept for one record: a long note would otherwise put hundreds of entries in
 * the index for words nobody looks a customer up by. The first words of each field come first.
 */
export const MAX_TOKENS = 48;

/**
 * The tokens a record is found by: the folded words of its searchable fields and, for a value
 * written in digit groups (a phone number), the digits joined from each group on, so "5550100"
 * finds "+1 555 0100" whatever grouping the rep types. Sorted, unique.
 * @example searchTokensOf({ Name: 'Acme', Phone: '+1 555 0100' }, ['Name', 'Phone'])
 * // ['0100', '1', '15550100', '555', '5550100', 'acme']
 */
export function searchTokensOf(record: StoredRecord, fields: readonly string[]): string[] {
  const tokens = new Set<string>();
  for (const field of fields) {
    const value = record[field];
    if (typeof value !== 'string' || value === '') continue;
    const words = wordsOf(value);
    for (const word of words) tokens.add(word);
    for (const joined of joinedDigitGroups(words)) tokens.add(joined);
  }
  return [...tokens].slice(0, MAX_TOKENS).sort();
}

/** `['1', '555', '0100']` → `['15550100', '5550100']`: each run of two or more digit groups from each start. */
function joinedDigitGroups(words: readonly string[]): string[] {
  const joined: string[] = [];
  const digits = words.filter((w) => /^\d+$/.test(w));
  if (digits.length < 2 || digits.length !== words.length) return joined;
  for (let start = 0; start < digits.length - 1; start++) joined.push(digits.slice(start).join(''));
  return joined;
}
