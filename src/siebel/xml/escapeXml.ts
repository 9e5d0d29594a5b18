import { ProtocolError } from '../errors/ProtocolError';

// Characters XML 1.0 cannot carry at all (not even as a reference): C0 controls except TAB/LF/CR,
// lone surrogates, and the non-characters U+FFFE/U+FFFF.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// A name without a prefix (XML Namespaces NCName), Unicode letters included.
const NAME_START =
  'A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const NCNAME = `[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040]*`;
// eslint-disable-next-line no-misleading-character-class -- ZWNJ and ZWJ are name characters of their own here
const QNAME = new RegExp(`^(?:${NCNAME}:)?${NCNAME}$`);

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A raw CR would be read back as LF (XML end-of-line normalisation); a reference survives.
  '\r': '&#13;',
};
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  // Attribute-value normalisation turns raw TAB/LF into spaces; references survive.
  '\t': '&#9;',
  '\n': '&#10;',
};

/**
 * Refuses a value XML 1.0 cannot represent. `what` names the value for the message
 * ("the SearchSpec value"); the value itself is never quoted because it may be a password.
 */
export function assertXmlChars(value: string, what: string): void {
  const match = FORBIDDEN.exec(value);
  if (match) {
    const codePoint = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new ProtocolError(
      'XmlEncode',
      `Cannot write ${what} into a SOAP request: it contains the character U+${codePoint}, which XML 1.0 forbids — remove control characters and broken emoji from the value`,
    );
  }
}

/** Refuses an element or attribute name that is not a (possibly prefixed) XML name. */
export function assertXmlName(name: string, what: string): void {
  if (!QNAME.test(name)) {
    throw new ProtocolError(
      'XmlEncode',
      `Cannot use "${name}" as ${what} in a SOAP request: it is not a valid XML element name — check the names in the customization package (no spaces, no leading digit)`,
    );
  }
}

/** Escapes character data: all five XML specials plus CR. Call {@link assertXmlChars} first. */
export function escapeXmlText(value: string): string {
  return value.replace(/[&<>"'\r]/g, (char) => TEXT_ESCAPES[char]);
}

/** Escapes a double-quoted attribute value, including TAB/LF/CR. Call {@link assertXmlChars} first. */
export function escapeXmlAttribute(value: string): string {
  return value.replace(/[&<>"'\t\n\r]/g, (char) => ATTRIBUTE_ESCAPES[char]);
}
