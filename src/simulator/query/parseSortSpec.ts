import type { SimField, SimObject } from '../metadata/parseMetaInfo';
import { ExpressionError } from './tokenize';
import { resolveField } from './resolveField';

/** One sort key. */
export interface SortKey {
  readonly field: SimField;
  readonly descending: boolean;
}

/**
 * Reads a SortSpec: comma-separated field Names, IOElemNames or `[Object.Field]`, each optionally
 * followed by `(DESCENDING)` / `(ASCENDING)` (also `DESC` / `ASC`). Empty = by Id.
 */
export function parseSortSpec(object: SimObject, spec: string): SortKey[] {
  return spec
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const match = /^(.*?)\s*(?:\(\s*(ASCENDING|DESCENDING)\s*\)|\s(ASC|DESC))?$/i.exec(part);
      if (!match || match[1] === '') throw new ExpressionError(`cannot read sort key "${part}"`);
      const reference = match[1].replace(/^\[(.*)\]$/, '$1');
      const direction = (match[2] ?? match[3] ?? 'ASC').toUpperCase();
      return { field: resolveField(object, reference), descending: direction.startsWith('DESC') };
    });
}
