import type { SimField, SimObject } from '../metadata/parseMetaInfo';
import { ExpressionError } from './tokenize';

/**
 * Finds the field an expression names: `[Account.Updated]` (record element + field Name),
 * `[Updated]`, a field Name or an IOElemName, compared case-insensitively.
 */
export function resolveField(object: SimObject, reference: string): SimField {
  let name = reference.trim();
  const dot = name.indexOf('.');
  if (dot > 0) {
    const owner = name.slice(0, dot).trim().toLowerCase();
    if (owner === object.recordElemName.toLowerCase() || owner === object.typeId.toLowerCase())
      name = name.slice(dot + 1).trim();
  }
  const lower = name.toLowerCase();
  const field =
    object.fields.find((candidate) => candidate.name.toLowerCase() === lower) ??
    object.fields.find((candidate) => candidate.ioElemName.toLowerCase() === lower);
  if (!field) throw new ExpressionError(`field "${reference}" is not a field of ${object.recordElemName}`);
  return field;
}
