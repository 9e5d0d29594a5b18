import fc from 'fast-check';
import { xml2js, type Element } from 'xml-js';
import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../../../src/siebel';
import { assertXmlChars, escapeXmlAttribute, escapeXmlText } from '../../../src/siebel/xml/escapeXml';
import { writeXml, xmlElement } from '../../../src/siebel/xml/writeXml';
import { canonicalXml } from './support/canonicalXml';

/** Strings XML 1.0 can carry, biased towards the ones that broke xml-js's own escaping. */
const tricky = fc.constantFrom(
  '&amp;',
  '&lt;',
  '&gt;',
  '&#38;',
  ']]>',
  '"',
  "'",
  '<',
  '>',
  '&',
  '\r',
  '\r\n',
  '\t',
  '\n',
  '😀',
  '🚀',
  'Müller',
  '\u00A0',
);
const xmlText = fc
  .array(fc.oneof(tricky, fc.string({ unit: 'grapheme' })), { maxLength: 8 })
  .map((parts) => parts.join(''));

function textOfWritten(value: string): string {
  const document = xml2js(writeXml(xmlElement('v', value)), {
    compact: false,
    captureSpacesBetweenElements: true,
  }) as Element;
  const root = document.elements!.find((node) => node.type === 'element')!;
  return (root.elements ?? []).map((node) => String(node.text ?? node.cdata ?? '')).join('');
}

describe('escapeXmlText and escapeXmlAttribute', () => {
  it('escapes the five XML specials in text, and CR as a reference', () => {
    expect(escapeXmlText(`a&b<c>d"e'f\rg`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f&#13;g');
  });

  it('escapes an already escaped entity again instead of passing it through', () => {
    expect(escapeXmlText('&amp;')).toBe('&amp;amp;');
  });

  it('escapes TAB, LF and CR in attribute values', () => {
    expect(escapeXmlAttribute('a\tb\nc\rd"')).toBe('a&#9;b&#10;c&#13;d&quot;');
  });
});

describe('assertXmlChars', () => {
  it.each([
    ['a NUL', 'a\u0000b'],
    ['a vertical tab', 'a\u000Bb'],
    ['an escape character', '\u001B[0m'],
    ['a lone high surrogate', 'x\uD83D'],
    ['a lone low surrogate', '\uDE00x'],
    ['U+FFFE', '\uFFFE'],
    ['U+FFFF', 'a\uFFFF'],
  ])('refuses %s with an XmlEncode ProtocolError', (_label, value) => {
    expect(() => assertXmlChars(value, 'the test value')).toThrow(ProtocolError);
    try {
      assertXmlChars(value, 'the test value');
    } catch (error) {
      expect((error as ProtocolError).code).toBe('XmlEncode');
      expect((error as ProtocolError).message).toMatch(/^Cannot write the test value into a SOAP request: .+ — /);
    }
  });

  it('accepts TAB, LF, CR, surrogate pairs and every other character', () => {
    expect(() => assertXmlChars('\t\n\r😀\u00A0\uFFFD\uE000', 'v')).not.toThrow();
  });

  it('refuses a forbidden character inside a value being written', () => {
    expect(() => writeXml(xmlElement('SearchSpec', 'a\u0001'))).toThrow(/the value of <SearchSpec>/);
  });

  it('refuses an element name that is not an XML name', () => {
    expect(() => writeXml(xmlElement('Main Phone'))).toThrow(expect.objectContaining({ code: 'XmlEncode' }));
    expect(() => writeXml(xmlElement('x><y'))).toThrow(expect.objectContaining({ code: 'XmlEncode' }));
  });
});

describe('writeXml round trip', () => {
  it('gives back any text after decoding with xml-js', () => {
    fc.assert(
      fc.property(xmlText, (value) => {
        expect(textOfWritten(value)).toBe(value);
      }),
      { numRuns: 300 },
    );
  });

  it('gives back any text and attribute value after decoding with an independent parser', () => {
    fc.assert(
      fc.property(xmlText, xmlText, (text, attribute) => {
        const canonical = canonicalXml(writeXml(xmlElement('v', text, { a: attribute })));
        expect(canonical.attributes).toEqual([`{}a=${attribute}`]);
        expect(canonical.text).toBe(text.trim() === '' ? '' : text);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the literal text "&amp;" (xml-js alone would send "&")', () => {
    expect(textOfWritten('&amp;')).toBe('&amp;');
    expect(textOfWritten('Tom &amp; Jerry &lt;3')).toBe('Tom &amp; Jerry &lt;3');
  });
});
