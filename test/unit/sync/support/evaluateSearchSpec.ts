/**
 * A small evaluator of the search specifications buildSearchSpec writes, for property tests:
 * `[Record.Field] op literal` comparisons (`=`, `<>`, `>`, `>=`, `<`, `<=`; quoted strings with
 * doubled quotes, integers) joined by AND / OR, with parentheses. Mixing AND and OR on one level
 * without parentheses is refused, so a test fails if a spec ever relies on operator precedence.
 */
export function evaluateSearchSpec(
  spec: string,
  recordElemName: string,
  record: Readonly<Record<string, string | number>>,
): boolean {
  if (spec === '') return true;
  const parser = new Parser(spec, recordElemName, record);
  const result = parser.expression();
  parser.skipSpace();
  if (parser.at < spec.length) throw new Error(`unexpected text at ${parser.at}: ${spec.slice(parser.at)}`);
  return result;
}

/** Reads a Siebel string literal at the start of `text`: the value, and what follows it. */
export function readSiebelString(text: string): { value: string; rest: string } {
  if (!text.startsWith("'")) throw new Error(`not a string literal: ${text}`);
  let value = '';
  let i = 1;
  for (;;) {
    if (i >= text.length) throw new Error(`unterminated string literal: ${text}`);
    if (text[i] === "'" && text[i + 1] === "'") {
      value += "'";
      i += 2;
    } else if (text[i] === "'") {
      return { value, rest: text.slice(i + 1) };
    } else {
      value += text[i];
      i += 1;
    }
  }
}

class Parser {
  at = 0;

  constructor(
    private readonly text: string,
    private readonly recordElemName: string,
    private readonly record: Readonly<Record<string, string | number>>,
  ) {}

  skipSpace(): void {
    while (this.text[this.at] === ' ') this.at += 1;
  }

  expression(): boolean {
    const results = [this.term()];
    let link: string | undefined;
    for (;;) {
      this.skipSpace();
      const match = /^(AND|OR) /.exec(this.text.slice(this.at));
      if (!match) break;
      if (link !== undefined && link !== match[1])
        throw new Error(`AND and OR mixed without parentheses at ${this.at}`);
      link = match[1];
      this.at += match[0].length;
      results.push(this.term());
    }
    return link === 'OR' ? results.some(Boolean) : results.every(Boolean);
  }

  private term(): boolean {
    this.skipSpace();
    if (this.text[this.at] === '(') {
      this.at += 1;
      const inner = this.expression();
      this.skipSpace();
      if (this.text[this.at] !== ')') throw new Error(`expected ) at ${this.at}`);
      this.at += 1;
      return inner;
    }
    return this.comparison();
  }

  private comparison(): boolean {
    const head = /^\[([^\].]+)\.([^\]]+)\] (<>|>=|<=|=|>|<|LIKE) /.exec(this.text.slice(this.at));
    if (!head || head[1] !== this.recordElemName)
      throw new Error(`expected a comparison at ${this.at}: ${this.text.slice(this.at)}`);
    this.at += head[0].length;
    const actual = this.record[head[2]];
    const literal = this.literal();
    switch (head[3]) {
      case '=':
        return actual === literal;
      case '<>':
        return actual !== literal;
      case '>':
        return actual > literal;
      case '>=':
        return actual >= literal;
      case '<':
        return actual < literal;
      case '<=':
        return actual <= literal;
      default:
        throw new Error('LIKE is not evaluated');
    }
  }

  private literal(): string | number {
    const rest = this.text.slice(this.at);
    if (rest.startsWith("'")) {
      const read = readSiebelString(rest);
      this.at = this.text.length - read.rest.length;
      return read.value;
    }
    const integer = /^-?\d+/.exec(rest);
    if (!integer) throw new Error(`expected a literal at ${this.at}`);
    this.at += integer[0].length;
    return Number(integer[0]);
  }
}
