import type { FilterCondition, FilterGroup } from '../metadata';
import { InvalidFilterError } from './errors/InvalidFilterError';
import { formatSiebelDate, formatSiebelDateTime } from './siebelDate';

const OPERATORS: Record<FilterCondition['condition'], string> = {
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
 * Converts a preset's FilterGroup into a Siebel SearchSpec, e.g.
 * `[Action.Status] <> 'Done' AND ([Action.Planned] >= '01/31/2024' OR …)`.
 * `nowMs` (from the injected clock) resolves the functions `today` and `now`. An empty group gives ''.
 *
 * @example
 * buildSearchSpec(preset.filters.Action, 'Action', clock.now());
 */
export function buildSearchSpec(group: FilterGroup, recordElemName: string, nowMs: number): string {
  const parts = group.items
    .map((item) => (item.kind === 'group' ? nested(item, recordElemName, nowMs) : condition(item, recordElemName, nowMs)))
    .filter((part) => part !== '');
  return parts.join(group.link === 'and' ? ' AND ' : ' OR ');
}

/** Joins SearchSpecs with AND, parenthesizing each so OR inside one cannot leak. */
export function andSearchSpecs(...specs: readonly string[]): string {
  const present = specs.filter((s) => s !== '');
  return present.length <= 1 ? (present[0] ?? '') : present.map((s) => `(${s})`).join(' AND ');
}

function nested(group: FilterGroup, recordElemName: string, nowMs: number): string {
  const inner = buildSearchSpec(group, recordElemName, nowMs);
  return inner === '' || group.items.length === 1 ? inner : `(${inner})`;
}

function condition(item: FilterCondition, recordElemName: string, nowMs: number): string {
  const field = fieldReference(recordElemName, item.field);
  const op = OPERATORS[item.condition];
  if (item.valueType === 'array') {
    const values = typeof item.value === 'string' ? [item.value] : item.value;
    // "ne" against a list means "none of them"; every other operator means "any of them".
    const joined = values.map((v) => `${field} ${op} ${quoteSiebel(v)}`).join(item.condition === 'ne' ? ' AND ' : ' OR ');
    return values.length > 1 ? `(${joined})` : joined;
  }
  const value = typeof item.value === 'string' ? item.value : item.value.join(',');
  return `${field} ${op} ${literal(item, value, recordElemName, nowMs)}`;
}

function literal(item: FilterCondition, value: string, recordElemName: string, nowMs: number): string {
  switch (item.valueType) {
    case 'integer':
      if (!/^-?\d+$/.test(value.trim())) throw new InvalidFilterError(recordElemName, item.field, `"${value}" is not an integer`);
      return value.trim();
    case 'function':
      return functionValue(value.trim().toLowerCase(), nowMs, recordElemName, item.field);
    default:
      return quoteSiebel(value);
  }
}

function functionValue(name: string, nowMs: number, recordElemName: string, field: string): string {
  if (name === 'today') return quoteSiebel(formatSiebelDate(nowMs));
  if (name === 'now') return quoteSiebel(formatSiebelDateTime(nowMs));
  throw new InvalidFilterError(recordElemName, field, `the function "${name}" is unknown (known: today, now)`);
}
