import type { FieldDefinition, FilterCondition, FilterGroup, ObjectType } from '../../metadata';
import type { FieldValue, StoredRecord } from '../../store';
import { formatSiebelDate, siebelDateToMs } from '../../siebel';

/** Whether a stored (mapped) record matches a preset's filter, as the server would decide. */
export type LocalFilter = (record: StoredRecord) => boolean;

/** A preset filter the client can evaluate itself, or why it cannot (then the server filters). */
export type CompiledFilter =
  { readonly ok: true; readonly matches: LocalFilter } | { readonly ok: false; readonly reason: string };

type Kind = 'date' | 'number' | 'bool' | 'text';

/**
 * Compiles a preset's filter into a predicate on stored records that gives the answer of the
 * SearchSpec `buildSearchSpec` sends: same grouping, `in`/`not in`/lists as any/none of the
 * values, `today`/`now` from the same `nowMs`, and an empty field (NULL) failing every comparison,
 * as in SQL. Values compare by the field's data type (dates as times, numbers as numbers).
 * What the server decides by its database's collation is refused rather than guessed: an order
 * comparison (`gt`, `lt`, …) of text, a function on a text field, an unknown data type, a field
 * the object does not download, a `collection`. Refused filters stay on the server (docs/sync.md).
 *
 * @example
 * const filter = compileLocalFilter(preset.filters.Action, object, clock.now());
 * if (filter.ok && !filter.matches(record)) // the record left the filter
 */
export function compileLocalFilter(group: FilterGroup, object: ObjectType, nowMs: number): CompiledFilter {
  try {
    const matches = compileGroup(group, object, nowMs);
    return { ok: true, matches: matches ?? (() => true) };
  } catch (error) {
    if (error instanceof Unsupported) return { ok: false, reason: error.message };
    throw error;
  }
}

class Unsupported extends Error {}

/** `null` for a group with no condition (buildSearchSpec gives '' for it: it filters nothing). */
function compileGroup(group: FilterGroup, object: ObjectType, nowMs: number): LocalFilter | null {
  const parts: LocalFilter[] = [];
  for (const item of group.items) {
    if (item.kind === 'collection')
      throw new Unsupported(`records filtered through their container "${item.containerType}"`);
    const part = item.kind === 'group' ? compileGroup(item, object, nowMs) : compileCondition(item, object, nowMs);
    if (part) parts.push(part);
  }
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0];
  return group.link === 'and' ? (r) => parts.every((p) => p(r)) : (r) => parts.some((p) => p(r));
}

function compileCondition(item: FilterCondition, object: ObjectType, nowMs: number): LocalFilter {
  const field = object.fields.find((f) => f.name === item.field);
  if (!field) throw new Unsupported(`the field "${item.field}" is not downloaded`);
  const kind = kindOf(field);
  const texts = typeof item.value === 'string' ? [item.value] : item.value;
  const types =
    item.valueType === 'array' ? texts.map((_, i) => item.itemTypes?.[i] ?? 'string') : texts.map(() => item.valueType);
  if (texts.length === 0) throw new Unsupported(`the list of values of "${item.field}" is empty`);
  const values = texts.map((text, i) => literal(kind, types[i], text, nowMs, item.field));
  const read = (record: StoredRecord) => comparable(kind, record[field.ioElemName] ?? null);
  const test = comparator(item.condition, kind, item.field);
  // "None of them" for ne / not in; "any of them" for the others (as buildSearchSpec joins them).
  const negated = item.condition === 'ne' || item.condition === 'not in';
  return (record) => {
    const left = read(record);
    if (left === null) return false;
    return negated ? values.every((v) => test(left, v)) : values.some((v) => test(left, v));
  };
}

function kindOf(field: FieldDefinition): Kind {
  switch (field.dataType) {
    case 'DTYPE_DATE':
    case 'DTYPE_DATETIME':
    case 'DTYPE_UTCDATETIME':
      return 'date';
    case 'DTYPE_INTEGER':
    case 'DTYPE_NUMBER':
    case 'DTYPE_CURRENCY':
      return 'number';
    case 'DTYPE_BOOL':
      return 'bool';
    case 'DTYPE_ID':
    case 'DTYPE_TEXT':
    case 'DTYPE_NOTE':
    case 'DTYPE_PHONE':
      return 'text';
    default:
      throw new Unsupported(`the data type ${String(field.dataType)} of "${field.name}" has no local comparison`);
  }
}

/** A stored value in comparable form; `null` = NULL (no value, or one that does not read as its kind). */
function comparable(kind: Kind, value: FieldValue): number | string | boolean | null {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'date': {
      // Stored as ISO text (`YYYY-MM-DD`, `…THH:MM:SS`, `Z` for UTC fields), read as naive UTC like the server's text.
      const ms =
        typeof value === 'string' ? Date.parse(value.length === 10 ? value : `${value.replace(/Z$/, '')}Z`) : NaN;
      return Number.isNaN(ms) ? null : ms;
    }
    case 'number':
      return typeof value === 'number' ? value : null;
    case 'bool':
      return typeof value === 'boolean' ? value : null;
    default:
      return typeof value === 'string' ? value : String(value);
  }
}

function literal(kind: Kind, type: string, text: string, nowMs: number, field: string): number | string | boolean {
  if (type === 'function') {
    const name = text.trim().toLowerCase();
    if (kind !== 'date') throw new Unsupported(`the function "${name}" on "${field}", which is not a date`);
    if (name === 'today') return siebelDateToMs(formatSiebelDate(nowMs)) as number;
    // `now` travels as MM/DD/YYYY HH:MM:SS: whole seconds.
    if (name === 'now') return Math.floor(nowMs / 1000) * 1000;
    throw new Unsupported(`the function "${name}" is unknown`);
  }
  switch (kind) {
    case 'date': {
      const ms = siebelDateToMs(text);
      if (ms === null) throw new Unsupported(`"${text}" is not a Siebel date for "${field}"`);
      return ms;
    }
    case 'number': {
      const n = Number(text.trim());
      if (text.trim() === '' || Number.isNaN(n)) throw new Unsupported(`"${text}" is not a number for "${field}"`);
      return n;
    }
    case 'bool':
      if (/^(y|true)$/i.test(text.trim())) return true;
      if (/^(n|false)$/i.test(text.trim())) return false;
      throw new Unsupported(`"${text}" is not Y or N for "${field}"`);
    default:
      return text;
  }
}

type Test = (left: number | string | boolean, right: number | string | boolean) => boolean;

function comparator(condition: FilterCondition['condition'], kind: Kind, field: string): Test {
  const ordered = kind === 'date' || kind === 'number';
  switch (condition) {
    case 'eq':
    case 'in':
      return (l, r) => l === r;
    case 'ne':
    case 'not in':
      return (l, r) => l !== r;
    case 'like':
      if (kind !== 'text') throw new Unsupported(`LIKE on "${field}", which is not text`);
      return (l, r) => likePattern(String(r)).test(String(l));
    default:
      // The order of text is the database's collation: only the server knows it.
      if (!ordered) throw new Unsupported(`"${condition}" orders the text of "${field}" by the server's collation`);
      return ORDER[condition];
  }
}

const ORDER: Record<'gt' | 'ge' | 'lt' | 'le', Test> = {
  gt: (l, r) => l > r,
  ge: (l, r) => l >= r,
  lt: (l, r) => l < r,
  le: (l, r) => l <= r,
};

const patterns = new Map<string, RegExp>();

/** Siebel's LIKE: `*` any text, `?` one character, the rest literal. */
function likePattern(pattern: string): RegExp {
  let regex = patterns.get(pattern);
  if (!regex) {
    regex = new RegExp(
      `^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
      's',
    );
    patterns.set(pattern, regex);
  }
  return regex;
}
