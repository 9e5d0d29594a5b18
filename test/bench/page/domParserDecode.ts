/**
 * The DOMParser alternative of scenario 5: parse a page with the browser's XML parser and read
 * each record's leaf fields, as the client's decoder does (no namespace or shape checks, so it is
 * an upper bound of what a DOMParser decoder would reach). Returns the number of records.
 */
export function domParserDecode(xml: string, recordElemName: string): number {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  if (document.getElementsByTagName('parsererror').length > 0) throw new Error('DOMParser: not well-formed');
  let count = 0;
  for (const record of Array.from(document.getElementsByTagNameNS('*', recordElemName))) {
    const fields: Record<string, string> = {};
    for (const field of Array.from(record.children))
      if (field.children.length === 0) fields[field.localName] = field.textContent ?? '';
    if (Object.keys(fields).length > 0) count++;
  }
  return count;
}
