import type { SimObject } from '../metadata/parseMetaInfo';
import type { SimRecord } from '../types';
import { compare, kindOf, toComparable, type ValueKind } from './compareValues';
import { resolveField } from './resolveField';
import { ExpressionError, tokenize, type Token } from './tokenize';

/** `field >= min` (dates, in ms) that every match satisfies: lets a query use an index. */
export interface LowerBound {
  readonly field: string;
  readonly min: number;
}

/**
 * A compiled search expression. `bounds` lists lower bounds on date fields implied by the whole
 * expression (comparisons joined by AND, or the same field bounded in every branch of an OR), for
 * the query planner. `timeRelative`: it reads the server's clock (`Timestamp()`, `Today()`), so
 * its verdicts change with time and must not be remembered across calls.
 */
export type RecordPredicate = ((record: SimRecord) => boolean) & {
  readonly bounds?: readonly LowerBound[];
  readonly timeRelative?: boolean;
};

/** What a search expression may read besides the record: the server's time of the call. */
export interface SpecContext {
  /** Server time as wall-time ms in the server's zone (the frame its stamps are written in). */
  readonly nowMs: number;
}

const DAY_MS = 86_400_000;

const COMPARATORS: Record<string, (order: number) => boolean> = {
  '=': (order) => order === 0,
  '<>': (order) => order !== 0,
  '!=': (order) => order !== 0,
  '>': (order) => order > 0,
  '>=': (order) => order >= 0,
  '<': (order) => order < 0,
  '<=': (order) => order <= 0,
};

/**
 * Compiles a Siebel SearchSpec (`[Account.Updated] >= '01/31/2024 10:00:00' AND ([Account.Name] <> 'O''Brien'
 * OR [Account.Name] LIKE 'Ac*')`) into a predicate. Supports =, <>, >, >=, <, <=, LIKE / NOT LIKE with `*`
 * and `?`, IS [NOT] NULL, AND, OR, NOT and parentheses; values compare by the field's data type.
 * A date field also compares with `Timestamp()` (the server's date and time) or `Today()` (its date),
 * plus or minus days, fractions allowed (`[Action.Updated] >= Timestamp() - 0.1`: the last tenth of
 * a day; Siebel Developer's Reference, "Using the Timestamp Function").
 * An empty field is NULL: every comparison with it is false, as in SQL. Empty spec = `undefined`.
 */
export function parseSearchSpec(
  object: SimObject,
  spec: string,
  context: SpecContext = { nowMs: Date.now() },
): RecordPredicate | undefined {
  if (spec.trim() === '') return undefined;
  const parser = new SpecParser(object, tokenize(spec), context);
  const predicate = parser.orExpression();
  if (!parser.done()) throw new ExpressionError(`unexpected "${parser.peek()?.text}" after a complete expression`);
  return parser.timeRelative
    ? Object.assign((record: SimRecord) => predicate(record), { ...predicate, timeRelative: true })
    : predicate;
}

class SpecParser {
  private position = 0;
  /** Set once the expression has read the server's clock. */
  timeRelative = false;

  constructor(
    private readonly object: SimObject,
    private readonly tokens: Token[],
    private readonly context: SpecContext,
  ) {}

  done(): boolean {
    return this.position >= this.tokens.length;
  }

  peek(): Token | undefined {
    return this.tokens[this.position];
  }

  orExpression(): RecordPredicate {
    const parts = [this.andExpression()];
    while (this.acceptWord('OR')) parts.push(this.andExpression());
    if (parts.length === 1) return parts[0];
    // A field bounded in every alternative is bounded by the lowest of them; any other bound says nothing.
    return withBounds((record) => parts.some((part) => part(record)), boundsOfAll(parts));
  }

  private andExpression(): RecordPredicate {
    const parts = [this.notExpression()];
    while (this.acceptWord('AND')) parts.push(this.notExpression());
    if (parts.length === 1) return parts[0];
    const all = (record: SimRecord) => parts.every((part) => part(record));
    return withBounds(
      all,
      parts.flatMap((part) => part.bounds ?? []),
    );
  }

  private notExpression(): RecordPredicate {
    if (this.acceptWord('NOT')) {
      const inner = this.notExpression();
      return (record) => !inner(record);
    }
    const token = this.next('an expression');
    if (token.kind === 'paren' && token.text === '(') {
      const inner = this.orExpression();
      const close = this.next('")"');
      if (close.kind !== 'paren' || close.text !== ')')
        throw new ExpressionError(`expected ")" but found "${close.text}"`);
      return inner;
    }
    if (token.kind !== 'field') throw new ExpressionError(`expected a [field] but found "${token.text}"`);
    return this.comparison(token.text);
  }

  private comparison(reference: string): RecordPredicate {
    const field = resolveField(this.object, reference);
    const kind = kindOf(field.dataType);
    const read = (record: SimRecord) => record[field.name] ?? '';
    if (this.acceptWord('IS')) {
      const negate = this.acceptWord('NOT');
      if (!this.acceptWord('NULL')) throw new ExpressionError('expected NULL after IS');
      return (record) => (read(record) === '') !== negate;
    }
    const negateLike = this.acceptWord('NOT');
    if (this.acceptWord('LIKE')) {
      const pattern = likePattern(this.literal());
      return (record) => read(record) !== '' && pattern.test(read(record)) !== negateLike;
    }
    if (negateLike) throw new ExpressionError('expected LIKE after NOT');
    const op = this.next('an operator');
    const test = op.kind === 'op' ? COMPARATORS[op.text] : undefined;
    if (!test) throw new ExpressionError(`expected an operator after [${reference}] but found "${op.text}"`);
    const right = this.functionValue(reference, kind) ?? this.literalValue(reference, kind);
    const predicate = (record: SimRecord) => {
      const left = toComparable(kind, read(record));
      return read(record) !== '' && left !== undefined && test(compare(left, right));
    };
    const lower = kind === 'date' && (op.text === '>=' || op.text === '>') && typeof right === 'number';
    return lower ? withBounds(predicate, [{ field: field.name, min: right }]) : predicate;
  }

  private literalValue(reference: string, kind: ValueKind): number | string {
    const literal = this.literal();
    const value = toComparable(kind, literal);
    if (value === undefined) throw new ExpressionError(`'${literal}' is not a valid ${kind} for [${reference}]`);
    return value;
  }

  /** `Timestamp()` or `Today()`, plus or minus days, as wall-time ms; `undefined` when the value is not a function. */
  private functionValue(reference: string, kind: ValueKind): number | undefined {
    const name = this.peek();
    const open = this.tokens[this.position + 1];
    if (name?.kind !== 'word' || open?.kind !== 'paren' || open.text !== '(') return undefined;
    const fn = name.text.toLowerCase();
    if (fn !== 'timestamp' && fn !== 'today') throw new ExpressionError(`unknown function ${name.text}()`);
    if (kind !== 'date') throw new ExpressionError(`${name.text}() compared with [${reference}], which is not a date`);
    this.position += 2;
    const close = this.next('")"');
    if (close.kind !== 'paren' || close.text !== ')')
      throw new ExpressionError(`expected ")" after ${name.text}( but found "${close.text}"`);
    this.timeRelative = true;
    const now = this.context.nowMs;
    const base = fn === 'today' ? now - (((now % DAY_MS) + DAY_MS) % DAY_MS) : now;
    return base + this.dayOffset() * DAY_MS;
  }

  /** `+ n` or `- n` days after a function (a signed number counts as `+`); 0 without one. */
  private dayOffset(): number {
    const token = this.peek();
    if (token?.kind === 'number' && token.text.startsWith('-')) {
      this.position += 1;
      return Number(token.text);
    }
    if (token?.kind !== 'op' || (token.text !== '+' && token.text !== '-')) return 0;
    this.position += 1;
    const days = this.next('a number of days');
    if (days.kind !== 'number')
      throw new ExpressionError(`expected a number of days after "${token.text}" but found "${days.text}"`);
    return token.text === '-' ? -Number(days.text) : Number(days.text);
  }

  private literal(): string {
    const token = this.next('a value');
    if (token.kind !== 'string' && token.kind !== 'number')
      throw new ExpressionError(`expected a value but found "${token.text}"`);
    return token.text;
  }

  private acceptWord(word: string): boolean {
    const token = this.peek();
    if (token?.kind === 'word' && token.text.toUpperCase() === word) {
      this.position += 1;
      return true;
    }
    return false;
  }

  private next(what: string): Token {
    const token = this.tokens[this.position++];
    if (!token) throw new ExpressionError(`expected ${what} but the expression ended`);
    return token;
  }
}

/** The fields bounded in every part, each by the lowest of the parts' bounds (a part's own bound: its highest). */
function boundsOfAll(parts: readonly RecordPredicate[]): LowerBound[] {
  const perPart = parts.map((part) => {
    const highest = new Map<string, number>();
    for (const bound of part.bounds ?? [])
      highest.set(bound.field, Math.max(highest.get(bound.field) ?? -Infinity, bound.min));
    return highest;
  });
  return [...perPart[0].keys()]
    .filter((field) => perPart.every((bounds) => bounds.has(field)))
    .map((field) => ({ field, min: Math.min(...perPart.map((bounds) => bounds.get(field) as number)) }));
}

function withBounds(predicate: (record: SimRecord) => boolean, bounds: readonly LowerBound[]): RecordPredicate {
  return bounds.length === 0 ? predicate : Object.assign(predicate, { bounds });
}

function likePattern(pattern: string): RegExp {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 's');
}
