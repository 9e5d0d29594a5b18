/** A token of a Siebel search or sort expression. */
export type Token =
  | { readonly kind: 'field'; readonly text: string }
  | { readonly kind: 'string'; readonly text: string }
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'op'; readonly text: string }
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'paren'; readonly text: '(' | ')' };

/** Why an expression could not be read. */
export class ExpressionError extends Error {
  override name = 'ExpressionError';
}

/** Splits `[Account.Name] <> 'O''Brien' AND ...` into tokens; quotes escape as `''`. */
export function tokenize(spec: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < spec.length) {
    const char = spec[i];
    if (/\s/.test(char)) {
      i += 1;
    } else if (char === '[') {
      const end = spec.indexOf(']', i);
      if (end < 0) throw new ExpressionError(`unclosed "[" at position ${i}`);
      tokens.push({ kind: 'field', text: spec.slice(i + 1, end).trim() });
      i = end + 1;
    } else if (char === "'" || char === '"') {
      let text = '';
      let j = i + 1;
      for (;;) {
        if (j >= spec.length) throw new ExpressionError(`unclosed quote at position ${i}`);
        if (spec[j] === char && spec[j + 1] === char) {
          text += char;
          j += 2;
        } else if (spec[j] === char) {
          break;
        } else {
          text += spec[j];
          j += 1;
        }
      }
      tokens.push({ kind: 'string', text });
      i = j + 1;
    } else if (char === '(' || char === ')') {
      tokens.push({ kind: 'paren', text: char });
      i += 1;
    } else {
      // `-` directly before a digit starts a number; otherwise `+`/`-` are date arithmetic (`Timestamp() - 0.5`).
      const op = /^(<>|>=|<=|!=|=|<|>|~|\+|-(?!\d))/.exec(spec.slice(i));
      const number = /^-?\d+(\.\d+)?/.exec(spec.slice(i));
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(spec.slice(i));
      const match = op
        ? { kind: 'op' as const, m: op[0] }
        : number
          ? { kind: 'number' as const, m: number[0] }
          : word
            ? { kind: 'word' as const, m: word[0] }
            : undefined;
      if (!match) throw new ExpressionError(`unexpected "${char}" at position ${i}`);
      tokens.push({ kind: match.kind, text: match.m });
      i += match.m.length;
    }
  }
  return tokens;
}
