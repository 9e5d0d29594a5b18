import type { StoredRecord } from '../types';

/** A record the search ranks higher: a favourite or a record opened lately. */
export interface SearchBoost {
  readonly typeId: string;
  readonly id: string;
  /** Added to the record's score (see `rankMatch`): a favourite 150, a recent record up to 75. */
  readonly weight: number;
}

/** What `DataDatabase.searchEverything` looks for. */
export interface EverythingQuery {
  /** What the rep typed; every word must start a word of the record (any order). */
  readonly text: string;
  /** Types to search, every stored type when absent. */
  readonly typeIds?: readonly string[];
  /** Hits returned per type, best first (5 when absent); `total` still counts every match found. */
  readonly perType?: number;
  readonly boosts?: readonly SearchBoost[];
}

/**
 * How a record matched, best first: a whole field; a field's first whole words; whole words
 * anywhere; a field's start, its last word unfinished; word starts (see `rankMatch`).
 */
export type MatchKind = 'field' | 'fieldWords' | 'words' | 'fieldStart' | 'wordStarts';

/** One found record. */
export interface EverythingHit {
  readonly typeId: string;
  readonly id: string;
  readonly record: StoredRecord;
  readonly score: number;
  readonly match: MatchKind;
}

/** The matches of one type, best first. */
export interface EverythingGroup {
  readonly typeId: string;
  readonly hits: readonly EverythingHit[];
  /** Matches found; a lower bound when `capped` (the search stopped looking, see `CANDIDATES`). */
  readonly total: number;
  readonly capped: boolean;
}

/** Groups with at least one hit, the group with the best hit first. */
export interface EverythingResult {
  readonly groups: readonly EverythingGroup[];
}
