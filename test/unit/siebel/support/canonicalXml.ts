import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';

/**
 * Canonical form of an XML document for golden comparisons: elements by namespace URI + local
 * name (prefixes do not matter), attributes other than namespace declarations sorted, comments,
 * processing instructions and whitespace-only text dropped, text and CDATA merged.
 * Built on saxes, NOT on the client's xml-js codec, so a codec bug cannot hide on both sides.
 */
export interface CanonicalElement {
  readonly name: string;
  readonly attributes: readonly string[];
  readonly children: readonly CanonicalElement[];
  readonly text: string;
}

export function canonicalXml(xml: string): CanonicalElement {
  const parser = new SaxesParser({ xmlns: true });
  type Building = { name: string; attributes: string[]; children: CanonicalElement[]; text: string };
  const stack: Building[] = [];
  let root: CanonicalElement | undefined;
  parser.on('opentag', (tag) => {
    const attributes = Object.values(tag.attributes)
      .filter((attribute) => attribute.prefix !== 'xmlns' && attribute.name !== 'xmlns')
      .map((attribute) => `{${attribute.uri}}${attribute.local}=${attribute.value}`)
      .sort();
    stack.push({ name: `{${tag.uri ?? ''}}${tag.local}`, attributes, children: [], text: '' });
  });
  const addText = (text: string) => {
    if (stack.length > 0) stack[stack.length - 1].text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const done = stack.pop()!;
    const element = { ...done, text: done.text.trim() === '' ? '' : done.text };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
  });
  parser.write(xml).close();
  if (!root) throw new Error('canonicalXml: no root element');
  return root;
}

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/soap');

/** A golden SOAP fixture's text, e.g. `readFixture('data/QueryPage.first.request.xml')`. */
export function readFixture(path: string): string {
  return readFileSync(join(fixtures, path), 'utf8');
}
