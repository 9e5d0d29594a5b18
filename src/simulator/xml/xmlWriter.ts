const NEEDS_ESCAPE = /[&<>"]/;

/** Escapes text content and attribute values (quotes too, so one function serves both). */
export function escapeXml(value: string): string {
  // Most values (ids, codes, dates, numbers) need nothing: skip the replace and its new string.
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/[&<>"]/g, (char) => {
    switch (char) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      default:
        return '&quot;';
    }
  });
}

/** An element with escaped text; an empty value gives an empty element, as Siebel writes empty fields. */
export function textElement(name: string, value: string): string {
  return value === '' ? `<${name}/>` : `<${name}>${escapeXml(value)}</${name}>`;
}

/** An element around already-written children; attributes are escaped here. */
export function element(name: string, attributes: Readonly<Record<string, string>>, inner: string): string {
  if (isEmpty(attributes)) return `<${name}>${inner}</${name}>`;
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  return `<${name}${attrs}>${inner}</${name}>`;
}

function isEmpty(attributes: Readonly<Record<string, string>>): boolean {
  for (const _key in attributes) return false;
  return true;
}
