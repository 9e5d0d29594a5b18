import type { FilterCondition, FilterConditionName, FilterGroup, FilterScalarType } from '../../metadata';
import { InvalidFilterError } from '../errors/InvalidFilterError';
import { formatSiebelDate, formatSiebelDateTime } from '../../siebel';

const OPERATORS: Record<Exclude<FilterConditionName, 'in' | 'not in'>, string> = {
  eq: '=',
  ne: '<>',
  gt: '>',
  ge: '>=',
  lt: '<',
  le: '<=',
  like: 'LIKE',
};

/** A Siebel string literal: single quotes, an embedded quote doubled. */
export function quoteSiebel(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** `[Record.Field Name]`: how SearchSpec names a field (shared/spec/README.md, "wire names"). */
export function fieldReference(recordElemName: string, fieldName: string): string {
  return `[${recordElemName}.${fieldName}]`;
}

/**
 * Converts a preset's FilterGroup into a Siebel search specification, e.g.
 * `[Action.Status] <> 'Done' AND ([Action.Planned] >= '01/31/2024' OR …)`.
 * `in` becomes `(F = 'a' OR F = 'b')`, `not in` (and `ne` with a list) `(F <> 'a' AND F <> 'b')`.
 * `nowMs` (from the injected clock) resolves the functions `today` (`MM/DD/YYYY`) and `now`
 * (`MM/DD/YYYY HH:MM:SS`, UTC). Fields are named in the EAI Siebel Adapter's `[Record.Field Name]`
 * notation; the wire layer rewrites them for a `searchspec` attribute when the deployment's wire
 * profile sends criteria that way. An empty group gives ''. A filter the add-in
 * cannot translate (a `collection`, an unknown function, a non-integer integer) throws
 * {@link InvalidFilterError}; `parsePackage` marks such presets unavailable, so `usablePreset`
 * never hands one over.
 *
 * @example
 * buildSearchSpec(preset.filters.Action, 'Action', clock.now());
 */
export function buildSearchSpec(group: FilterGroup, recordElemName: string, nowMs: number): string {
  const context: Context = { recordElemName, nowMs };
  return join(group, context);
}

/** Joins SearchSpecs with AND, parenthesizing each so OR inside one cannot leak. */
export function andSearchSpecs(...specs: readonly string[]): string {
  const present = specs.filter((s) => s !== '');
  return present.length <= 1 ? (present[0] ?? '') : present.map((s) => `(${s})`).join(' AND ');
}

interface Context {
  readonly recordElemName: string;
  readonly nowMs: number;
}

function join(group: FilterGroup, context: Context): string {
  const parts = group.items
    .map((item) => {
      if (item.kind === 'group') return nested(item, context);
      if (item.kind === 'condition') return condition(item, context);
      throw new InvalidFilterError(
        context.recordElemName,
        item.foreignKey,
        `records filtered through their container "${item.containerType}" (a <collection>) have no search-specification form`,
      );
    })
    .filter((part) => part !== '');
  return parts.join(group.link === 'and' ? ' AND ' : ' OR ');
}

function nested(group: FilterGroup, context: Context): string {
  const inner = join(group, context);
  return inner === '' || group.items.length === 1 ? inner : `(${inner})`;
}

function condition(item: FilterCondition, context: Context): string {
  const field = fieldReference(context.recordElemName, item.field);
  const values = typeof item.value === 'string' ? [item.value] : item.value;
  const types: readonly FilterScalarType[] =
    item.valueType === 'array'
      ? values.map((_, i) => item.itemTypes?.[i] ?? 'string')
      : values.map(() => item.valueType as FilterScalarType);
  // "None of them" for ne / not in; "any of them" for eq / in / like.
  const negated = item.condition === 'ne' || item.condition === 'not in';
  const op = item.condition === 'in' ? '=' : item.condition === 'not in' ? '<>' : OPERATORS[item.condition];
  if (values.length === 0)
    throw new InvalidFilterError(context.recordElemName, item.field, 'the list of values is empty');
  if (values.length > 1 && ['gt', 'ge', 'lt', 'le'].includes(item.condition)) {
    throw new InvalidFilterError(
      context.recordElemName,
      item.field,
      `"${item.condition}" cannot compare with a list of values`,
    );
  }
  const parts = values.map((value, i) => `${field} ${op} ${literal(types[i], value, item.field, context)}`);
  return parts.length > 1 ? `(${parts.join(negated ? ' AND ' : ' OR ')})` : parts[0];
}

function literal(type: FilterScalarType, value: string, field: string, context: Context): string {
  switch (type) {
    case 'integer':
      if (!/^[+-]?\d+$/.test(value.trim()))
        throw new InvalidFilterError(context.recordElemName, field, `"${value}" is not an integer`);
      return value.trim().replace(/^\+/, '');
    case 'function':
      return functionValue(value.trim().toLowerCase(), context, field);
    default:
      return quoteSiebel(value);
  }
}

function functionValue(name: string, context: Context, field: string): string {
  if (name === 'today') return quoteSiebel(formatSiebelDate(context.nowMs));
  if (name === 'now') return quoteSiebel(formatSiebelDateTime(context.nowMs));
  throw new InvalidFilterError(context.recordElemName, field, `the function "${name}" is unknown (known: today, now)`);
}
