import type { SimObject } from '../metadata/parseMetaInfo';
import type { SimRecord } from '../types';
import { compare, kindOf, toComparable } from './compareValues';
import { resolveField } from './resolveField';
import { ExpressionError, tokenize, type Token } from './tokenize';

/** `field >= min` (dates, in ms) that every match satisfies: lets a query use an index. */
export interface LowerBound {
  readonly field: string;
  readonly min: number;
}

/**
 * A compiled search expression. `bounds` lists lower bounds on date fields implied by the whole
 * expression (comparisons joined by AND at the top level), for the query planner.
 */
export type RecordPredicate = ((record: SimRecord) => boolean) & { readonly bounds?: readonly LowerBound[] };

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
 * An empty field is NULL: every comparison with it is false, as in SQL. Empty spec = `undefined`.
 */
export function parseSearchSpec(object: SimObject, spec: string): RecordPredicate | undefined {
  if (spec.trim() === '') return undefined;
  const parser = new SpecParser(object, tokenize(spec));
  const predicate = parser.orExpression();
  if (!parser.done()) throw new ExpressionError(`unexpected "${parser.peek()?.text}" after a complete expression`);
  return predicate;
}

class SpecParser {
  private position = 0;

  constructor(
    private readonly object: SimObject,
    private readonly tokens: Token[],
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
    // A bound of one alternative says nothing about the others: an OR has none.
    return parts.length === 1 ? parts[0] : (record) => parts.some((part) => part(record));
  }

  private andExpression(): RecordPredicate {
    const parts = [this.notExpression()];
    while (this.acceptWord('AND')) parts.push(this.notExpression());
    if (parts.length === 1) return parts[0];
    const all = (record: SimRecord) => parts.every((part) => part(record));
    return withBounds(all, parts.flatMap((part) => part.bounds ?? []));
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
      if (close.kind !== 'paren' || close.text !== ')') throw new ExpressionError(`expected ")" but found "${close.text}"`);
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
    const literal = this.literal();
    const right = toComparable(kind, literal);
    if (right === undefined) throw new ExpressionError(`'${literal}' is not a valid ${kind} for [${reference}]`);
    const predicate = (record: SimRecord) => {
      const left = toComparable(kind, read(record));
      return read(record) !== '' && left !== undefined && test(compare(left, right));
    };
    const lower = kind === 'date' && (op.text === '>=' || op.text === '>') && typeof right === 'number';
    return lower ? withBounds(predicate, [{ field: field.name, min: right }]) : predicate;
  }

  private literal(): string {
    const token = this.next('a value');
    if (token.kind !== 'string' && token.kind !== 'number') throw new ExpressionError(`expected a value but found "${token.text}"`);
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

function withBounds(predicate: (record: SimRecord) => boolean, bounds: readonly LowerBound[]): RecordPredicate {
  return bounds.length === 0 ? predicate : Object.assign(predicate, { bounds });
}

function likePattern(pattern: string): RegExp {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 's');
}
