/**
 * A search specification as a `searchspec` attribute of the record instance wants it: the
 * component's own fields named `[Field Name]` instead of the EAI Siebel Adapter's
 * `[Record.Field Name]` (Oracle EAI2, "Search Specification"). Quoted literals are left as they
 * are, so a value that happens to contain `[Account.` is not touched.
 *
 * @example
 * componentFieldReferences("[Account.Name] = 'A [Account.x]'", 'Account') // "[Name] = 'A [Account.x]'"
 */
export function componentFieldReferences(searchSpec: string, recordElemName: string): string {
  const prefix = `[${recordElemName}.`;
  let out = '';
  let i = 0;
  while (i < searchSpec.length) {
    const char = searchSpec[i];
    if (char === "'" || char === '"') {
      const end = literalEnd(searchSpec, i, char);
      out += searchSpec.slice(i, end);
      i = end;
    } else if (searchSpec.startsWith(prefix, i)) {
      out += '[';
      i += prefix.length;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}

/** The index just past the literal opened at `start` (a doubled quote stays inside it). */
function literalEnd(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}
