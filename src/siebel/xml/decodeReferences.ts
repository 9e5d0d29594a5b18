const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&([^;&]*);/g;
const VALID_NAME = /^(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z]+)$/;

/**
 * Replaces the XML entity and character references of a text or attribute value. Like sax in
 * strict mode: the five XML entities (any letter case), decimal and hex character references of
 * an XML 1.0 character; anything else (an unknown entity, `&` without `;`, `&#0;`, `&#5;`, a lone
 * surrogate, `&#xFFFE;`) makes `fail` throw.
 */
export function decodeReferences(raw: string, fail: (why?: string) => never): string {
  let seen = 0;
  const decoded = raw.replace(REFERENCE, (_match, name: string) => {
    seen++;
    if (!VALID_NAME.test(name)) return fail();
    if (name.charCodeAt(0) !== 0x23 /* # */) return NAMED[name.toLowerCase()] ?? fail();
    const code =
      (name.charCodeAt(1) | 0x20) === 0x78 /* x or X */ ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!isXmlChar(code)) return fail();
    return String.fromCodePoint(code);
  });
  // A `&` the pattern did not consume has no `;`: not a reference at all.
  if (raw.split('&').length - 1 !== seen) fail();
  return decoded;
}

/** The XML 1.0 `Char` production. */
function isXmlChar(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return code <= 0xd7ff || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}
