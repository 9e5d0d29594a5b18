import { js2xml, type Element } from 'xml-js';
import { assertXmlChars, assertXmlName, escapeXmlAttribute, escapeXmlText } from './escapeXml';

/** An element to write: qualified name, attributes (namespace declarations included), then either children or text. */
export interface XmlSpec {
  readonly name: string;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly children?: readonly XmlSpec[];
  /** Character data; '' or absent writes an empty element (`<Name/>`). */
  readonly text?: string;
}

/** Shorthand for an {@link XmlSpec}: `xmlElement('Id')`, `xmlElement('PageSize', '100')`, `xmlElement('Body', [child])`. */
export function xmlElement(
  name: string,
  content?: string | readonly XmlSpec[],
  attributes?: Readonly<Record<string, string>>,
): XmlSpec {
  return typeof content === 'string' ? { name, text: content, attributes } : { name, children: content, attributes };
}

/**
 * Writes a document (with an XML declaration) through xml-js. Names are checked, every text and
 * attribute value is checked for characters XML 1.0 forbids and escaped by us.
 *
 * @throws ProtocolError `XmlEncode` for a bad name or a forbidden character
 */
export function writeXml(
  root: XmlSpec,
  describe: (name: string) => string = (name) => `the value of <${name}>`,
): string {
  const element = toElement(root, describe);
  return js2xml({ declaration: { attributes: { version: '1.0', encoding: 'UTF-8' } }, elements: [element] }, {
    compact: false,
    // xml-js "desanitizes" `&amp;` before escaping (so a literal `&amp;` would be sent as `&`), and
    // escapes neither quotes nor CR. We ignore its output and escape the raw value ourselves; xml-js
    // hands us the element being written (the text's parent, or the attribute's owner).
    textFn: (_escaped: string, _name: string, parent: unknown) => escapeXmlText(rawTextOf(parent as Element)),
    attributeValueFn: (_escaped: string, key: string, _name: string, owner: unknown) =>
      escapeXmlAttribute(String((owner as Element).attributes?.[key] ?? '')),
  } as Parameters<typeof js2xml>[1]);
}

function toElement(spec: XmlSpec, describe: (name: string) => string): Element {
  assertXmlName(spec.name, 'an element name');
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(spec.attributes ?? {})) {
    assertXmlName(name, 'an attribute name');
    assertXmlChars(value, `the ${name} attribute of <${spec.name}>`);
    attributes[name] = value;
  }
  const element: Element = { type: 'element', name: spec.name, attributes };
  if (spec.children && spec.children.length > 0) {
    element.elements = spec.children.map((child) => toElement(child, describe));
  } else if (spec.text) {
    assertXmlChars(spec.text, describe(spec.name));
    element.elements = [{ type: 'text', text: spec.text }];
  }
  return element;
}

function rawTextOf(parent: Element): string {
  const only = parent.elements;
  // Our specs never mix text with child elements, so the text is always the parent's only child.
  if (!only || only.length !== 1 || only[0].type !== 'text')
    throw new Error(`writeXml: unexpected mixed content in <${parent.name}>`);
  return String(only[0].text);
}
