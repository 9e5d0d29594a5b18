import type { ConflictPreference, ConflictRules, ObjectType } from '../../metadata';
import type { FieldConflict, FieldValue, StoredRecord } from '../../store';

/** The merge of a locally edited record with the server's newer version. */
export interface MergeResult {
  /** Server values, with the local values that win (bookkeeping `_` fields of `local` kept). */
  readonly record: StoredRecord;
  /** ioElemNames whose merged value differs from the server's: what an update must still send. */
  readonly changedFields: readonly string[];
  /** Every field changed on both sides to different values. */
  readonly conflicts: readonly FieldConflict[];
  /** The conflicts no rule and no choice decided: for the user. */
  readonly unresolved: readonly FieldConflict[];
}

/** Equal stored values; `undefined`, `null` and '' all mean "no value". */
export function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  const x = a === undefined || a === '' ? null : a;
  const y = b === undefined || b === '' ? null : b;
  return x === y;
}

/**
 * Three-way merge of `local` and `server` from their common `base`. A field changed on one side
 * takes that side's value; a field changed on both sides to the same value is no conflict; a
 * field changed on both sides to different values is a conflict, decided by `choices` (the
 * user's, by ioElemName), else by the field's rule, else by the type's default (`ask` = unresolved,
 * the local value stays in `record` until the user decides). Key and timestamp come from the server.
 */
export function mergeWithServer(
  object: ObjectType,
  rules: ConflictRules,
  base: StoredRecord,
  local: StoredRecord,
  server: StoredRecord,
  choices: Readonly<Record<string, 'local' | 'server'>> = {},
): MergeResult {
  const record: Record<string, FieldValue> = { ...local };
  const conflicts: FieldConflict[] = [];
  const unresolved: FieldConflict[] = [];
  const changedFields: string[] = [];
  for (const field of object.fields) {
    const name = field.ioElemName;
    const [b, l, s] = [base[name] ?? null, local[name] ?? null, server[name] ?? null];
    let value = s;
    if (!field.isPrimaryKey && !field.isTimestamp && !sameValue(l, b) && !sameValue(l, s)) {
      if (sameValue(s, b)) value = l;
      else {
        const conflict: FieldConflict = { field: name, base: b, local: l, server: s };
        conflicts.push(conflict);
        const choice = choices[name] ?? fromRule(rules.fields[field.name] ?? rules.default);
        if (choice === 'local') value = l;
        else if (choice === null) {
          unresolved.push(conflict);
          value = l;
        }
      }
    }
    record[name] = value;
    if (!sameValue(value, s)) changedFields.push(name);
  }
  return { record, changedFields, conflicts, unresolved };
}

function fromRule(rule: 'ask' | ConflictPreference): ConflictPreference | null {
  return rule === 'ask' ? null : rule;
}
