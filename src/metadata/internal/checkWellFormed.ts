/**
 * Markup at one `<`: a comment, CDATA section, processing instruction, doctype, or a start / end /
 * empty tag whose attribute values are all quoted. Anything else starting with `<` is malformed.
 */
const MARKUP =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(\/?)>/y;

/**
 * Checks that tags are well-formed and balanced, returning the first fault with its line and
 * column. Needed because xml-js swallows the errors sax raises at the end of the input (a
 * truncated file parses "fine") and, for several errors, reports the last one instead of the first.
 */
export function checkWellFormed(content: string): string | undefined {
  const open: { name: string; at: number }[] = [];
  let roots = 0;
  for (let at = content.indexOf('<'); at !== -1; at = content.indexOf('<', at + 1)) {
    MARKUP.lastIndex = at;
    const match = MARKUP.exec(content);
    if (!match)
      return `malformed XML at ${position(content, at)}: markup that is not a complete tag, comment or CDATA section`;
    const [, closing, name, selfClosing] = match;
    if (name !== undefined && closing) {
      const top = open.pop();
      if (!top) return `malformed XML at ${position(content, at)}: closing tag </${name}> without an open element`;
      if (top.name !== name) {
        return `malformed XML at ${position(content, at)}: closing tag </${name}> does not match <${top.name}> opened at ${position(content, top.at)}`;
      }
    } else if (name !== undefined) {
      if (open.length === 0) roots += 1;
      if (roots > 1) return `malformed XML at ${position(content, at)}: a second root element <${name}>`;
      if (!selfClosing) open.push({ name, at });
    }
    at = MARKUP.lastIndex - 1;
  }
  const unclosed = open.pop();
  if (unclosed)
    return `malformed XML at ${position(content, content.length)}: the file ends before <${unclosed.name}> (opened at ${position(content, unclosed.at)}) is closed`;
  if (roots === 0) return 'malformed XML: the file has no root element';
  return undefined;
}

/** "line L, column C", both counted from 1. */
function position(content: string, offset: number): string {
  const before = content.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}
