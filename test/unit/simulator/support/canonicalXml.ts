import { SaxesParser } from 'saxes';

/** A canonical element: namespace URI + local name, attributes without xmlns, trimmed non-blank text. */
export interface CanonicalElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: CanonicalElement[];
}

/**
 * Canonicalizes XML for golden comparisons: prefixes, comments, processing instructions and
 * whitespace-only text do not matter; namespace URIs, names, attributes, order and text do.
 * Written for the simulator's tests only (the client has its own), on purpose.
 */
export function canonicalXml(xml: string): CanonicalElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: CanonicalElement[] = [];
  let root: CanonicalElement | undefined;
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix !== 'xmlns' && attribute.name !== 'xmlns')
        attributes[`{${attribute.uri}}${attribute.local}`] = attribute.value;
    }
    const element: CanonicalElement = { name: `{${tag.uri}}${tag.local}`, attributes, text: '', children: [] };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    const element = stack.pop()!;
    element.text = element.text.trim() === '' ? '' : element.text;
  });
  const onText = (text: string) => {
    if (stack.length > 0) stack[stack.length - 1].text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

/** Replaces the text of every element with one of these local names by `*` (tokens, log file names). */
export function mask(element: CanonicalElement, locals: readonly string[]): CanonicalElement {
  const local = element.name.replace(/^\{[^}]*\}/, '');
  return {
    ...element,
    text: locals.includes(local) ? '*' : element.text,
    children: element.children.map((child) => mask(child, locals)),
  };
}

/** Direct or nested descendants with a local name, in document order. */
export function findAll(element: CanonicalElement, local: string): CanonicalElement[] {
  const own = element.name.endsWith(`}${local}`) ? [element] : [];
  return [...own, ...element.children.flatMap((child) => findAll(child, local))];
}

/** Text of the first descendant with a local name ('' when there is none). */
export function textOf(element: CanonicalElement, local: string): string {
  return findAll(element, local)[0]?.text ?? '';
}
