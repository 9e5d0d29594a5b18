import type { RuleExpression } from '../types';

/** The parsed expression, or why it is outside the grammar. */
export type ParsedRule =
  { readonly ok: true; readonly expression: RuleExpression } | { readonly ok: false; readonly reason: string };

type Token =
  | { readonly kind: 'item'; readonly field: string }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'op'; readonly op: string };

const OPERATORS = ['===', '!==', '==', '!=', '&&', '||', '(', ')'];

/**
 * Parses a form rule expression in the one grammar the add-in evaluates (Oracle's forms run
 * arbitrary JavaScript, which a web add-in must not `eval`):
 *
 *     or      := and ('||' and)*
 *     and     := primary ('&&' primary)*
 *     primary := '(' or ')' | item '==' text | item '!=' text | text '==' item | text '!=' item
 *     item    := item['<Field Name>']        text := '…' or "…" (backslash escapes)
 *
 * `===`/`!==` are read as `==`/`!=` (both sides are always text).
 */
export function parseRuleExpression(source: string): ParsedRule {
  try {
    const tokens = tokenize(source);
    const parser = new Parser(tokens);
    const expression = parser.or();
    if (!parser.done) throw new Error(`unexpected ${describe(parser.peek())}`);
    return { ok: true, expression };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const item = /^item\s*\[\s*/.exec(rest);
    if (item) {
      const [field, length] = readText(source, i + item[0].length);
      const close = /^\s*\]/.exec(source.slice(length));
      if (!close) throw new Error(`item[…] is not closed at position ${length}`);
      tokens.push({ kind: 'item', field });
      i = length + close[0].length;
      continue;
    }
    if (rest[0] === "'" || rest[0] === '"') {
      const [value, length] = readText(source, i);
      tokens.push({ kind: 'text', value });
      i = length;
      continue;
    }
    const op = OPERATORS.find((candidate) => rest.startsWith(candidate));
    if (!op) throw new Error(`unexpected "${rest.slice(0, 12)}" at position ${i}`);
    tokens.push({ kind: 'op', op: op.length === 3 ? op.slice(0, 2) : op });
    i += op.length;
  }
  return tokens;
}

/** A quoted string starting at `start`: its value and the position after the closing quote. */
function readText(source: string, start: number): [string, number] {
  const quote = source[start];
  if (quote !== "'" && quote !== '"') throw new Error(`expected a quoted text at position ${start}`);
  let value = '';
  for (let i = start + 1; i < source.length; i += 1) {
    const char = source[i];
    if (char === quote) return [value, i + 1];
    if (char === '\\' && i + 1 < source.length) i += 1;
    value += source[i];
  }
  throw new Error(`text starting at position ${start} is not closed`);
}

function describe(token: Token | undefined): string {
  if (!token) return 'end of expression';
  return token.kind === 'op'
    ? `"${token.op}"`
    : token.kind === 'item'
      ? `item['${token.field}']`
      : `text '${token.value}'`;
}

class Parser {
  #position = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  get done(): boolean {
    return this.#position >= this.tokens.length;
  }

  peek(): Token | undefined {
    return this.tokens[this.#position];
  }

  or(): RuleExpression {
    return this.#joined('||', 'or', () => this.#and());
  }

  #and(): RuleExpression {
    return this.#joined('&&', 'and', () => this.#primary());
  }

  #joined(op: string, kind: 'and' | 'or', next: () => RuleExpression): RuleExpression {
    const items = [next()];
    while (this.#takeOp(op)) items.push(next());
    return items.length === 1 ? items[0] : { kind, items };
  }

  #primary(): RuleExpression {
    if (this.#takeOp('(')) {
      const inner = this.or();
      if (!this.#takeOp(')')) throw new Error(`expected ")" instead of ${describe(this.peek())}`);
      return inner;
    }
    const left = this.#take();
    const op = this.#take();
    const right = this.#take();
    if (op?.kind !== 'op' || (op.op !== '==' && op.op !== '!='))
      throw new Error(`expected == or != instead of ${describe(op)}`);
    if (left?.kind === 'item' && right?.kind === 'text')
      return { kind: 'compare', field: left.field, op: op.op, value: right.value };
    if (left?.kind === 'text' && right?.kind === 'item')
      return { kind: 'compare', field: right.field, op: op.op, value: left.value };
    throw new Error(`a comparison needs item['<Field Name>'] on one side and a quoted text on the other`);
  }

  #take(): Token | undefined {
    const token = this.tokens[this.#position];
    this.#position += 1;
    return token;
  }

  #takeOp(op: string): boolean {
    const token = this.tokens[this.#position];
    if (token?.kind !== 'op' || token.op !== op) return false;
    this.#position += 1;
    return true;
  }
}
