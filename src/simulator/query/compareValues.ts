import { parseSiebelDate } from '../data/siebelDate';

/** How values of a Siebel data type compare: as dates, as numbers or as text. */
export type ValueKind = 'date' | 'number' | 'text';

/** The comparison kind of a Siebel data type. */
export function kindOf(dataType: string): ValueKind {
  if (/DATE|TIME/.test(dataType)) return 'date';
  if (/NUMBER|CURRENCY|INTEGER/.test(dataType)) return 'number';
  return 'text';
}

/** The value in comparable form; `undefined` when it is not a valid value of that kind. */
export function toComparable(kind: ValueKind, text: string): number | string | undefined {
  if (kind === 'date') return parseSiebelDate(text);
  if (kind === 'number') {
    const value = Number(text);
    return text.trim() === '' || Number.isNaN(value) ? undefined : value;
  }
  return text;
}

/** Orders two comparable values (same kind). */
export function compare(a: number | string, b: number | string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
