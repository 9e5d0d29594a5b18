import type { ObjectType, SyncedType } from '../../metadata';
import type { StoredRecord } from '../../store';
import { fieldReference, quoteSiebel } from '../download/buildSearchSpec';
import { isSendable } from './encodeCommand';
import { sameValue } from '../conflicts/mergeWithServer';
import { toWireText } from './toWireText';

/** A natural key as the record holds it: the key's fields (OR between keys, AND inside one). */
export type NaturalKey = readonly { readonly name: string; readonly ioElemName: string }[];

/**
 * The natural keys of connector_configuration.xml that `record` can be checked by: keys whose
 * fields the object defines and the record has a value for (an empty key field matches nothing).
 */
export function applicableKeys(
  object: ObjectType,
  synced: Pick<SyncedType, 'naturalKeys'> | undefined,
  record: StoredRecord,
): NaturalKey[] {
  const keys: NaturalKey[] = [];
  for (const names of synced?.naturalKeys ?? []) {
    const fields = names.map((name) => object.fields.find((f) => f.name === name));
    if (fields.length === 0 || fields.some((f) => f === undefined)) continue;
    const key = fields.map((f) => ({ name: f!.name, ioElemName: f!.ioElemName }));
    if (key.every((f) => !sameValue(record[f.ioElemName], null))) keys.push(key);
  }
  return keys;
}

/** The SearchSpec of a server-side duplicate check: `([X.A] = 'a' AND [X.B] = 'b') OR ([X.C] = 'c')`. */
export function naturalKeySearchSpec(object: ObjectType, keys: readonly NaturalKey[], record: StoredRecord): string {
  const parts = keys.map((key) => {
    const terms = key.map((f) => {
      const field = object.fields.find((d) => d.ioElemName === f.ioElemName);
      const text = field ? toWireText(field, record[f.ioElemName] ?? null) : String(record[f.ioElemName]);
      return `${fieldReference(object.recordElemName, f.name)} = ${quoteSiebel(text)}`;
    });
    return terms.length > 1 && keys.length > 1 ? `(${terms.join(' AND ')})` : terms.join(' AND ');
  });
  return parts.join(' OR ');
}

/** Whether `candidate` shares one of `keys` with `record` (text compared case-sensitively, as Siebel does). */
export function sharesKey(keys: readonly NaturalKey[], record: StoredRecord, candidate: StoredRecord): boolean {
  return keys.some((key) => key.every((f) => sameValue(record[f.ioElemName], candidate[f.ioElemName])));
}

/**
 * Whether a duplicate is the same record: every field the new record sets (that a user may send)
 * has the same value in `candidate`. Then linking to it loses nothing and needs no question.
 */
export function sameAsCandidate(object: ObjectType, record: StoredRecord, candidate: StoredRecord): boolean {
  return object.fields
    .filter(isSendable)
    .every((f) => sameValue(record[f.ioElemName], null) || sameValue(record[f.ioElemName], candidate[f.ioElemName]));
}
