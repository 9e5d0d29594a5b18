import type { FieldValue, StoredRecord } from '../../types';

/** Bookkeeping fields (`_…`) belong to the add-in and are never compared or sent. */
export function isBookkeeping(field: string): boolean {
  return field.startsWith('_');
}

/** The record without bookkeeping fields: what a pending change keeps as its `base`. */
export function withoutBookkeeping(record: StoredRecord): StoredRecord {
  return Object.fromEntries(Object.entries(record).filter(([field]) => !isBookkeeping(field)));
}

/** Empty means the same to Siebel whether absent, null or '' (an empty element clears a field). */
export function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  const empty = (v: FieldValue | undefined) => v === undefined || v === null || v === '';
  return empty(a) ? empty(b) : a === b;
}

/**
 * The user's values as Siebel will hold them: empty text is kept as `null`, as a download stores
 * an empty field (`toStoredValue`). A '' kept locally would differ forever from the null every
 * later download brings (soak seed 11002367).
 */
export function emptyTextAsNull(values: Readonly<Record<string, FieldValue>>): Record<string, FieldValue> {
  return Object.fromEntries(Object.entries(values).map(([field, value]) => [field, value === '' ? null : value]));
}

/** Fields of `record` with a value (not the primary key): what an insert sends. */
export function filledFields(record: StoredRecord, primaryKey: string): string[] {
  return Object.keys(record).filter((f) => f !== primaryKey && !isBookkeeping(f) && !sameValue(record[f], null));
}

/** Fields whose value differs between `record` and `base` (not the primary key, not bookkeeping). */
export function differingFields(record: StoredRecord, base: StoredRecord, primaryKey: string): string[] {
  const fields = new Set([...Object.keys(record), ...Object.keys(base)]);
  return [...fields].filter((f) => f !== primaryKey && !isBookkeeping(f) && !sameValue(record[f], base[f]));
}
