import { SaxesParser } from 'saxes';
import type { XmlElement } from './XmlElement';

interface MutableElement {
  local: string;
  uri: string;
  attributes: Record<string, string>;
  children: MutableElement[];
  text: string;
}

/** Why a request body could not be read as XML. */
export class XmlReadError extends Error {
  override name = 'XmlReadError';
  constructor(
    readonly reason: 'malformed' | 'doctype',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Parses a request body into a small element tree with saxes (the client uses xml-js: a different
 * parser on each side keeps a parser bug from hiding on both). A DOCTYPE is refused as soon as the
 * parser sees it, before any entity could be declared or expanded (billion laughs, XXE).
 */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const stack: MutableElement[] = [];
  let root: MutableElement | undefined;
  let failure: Error | undefined;
  parser.on('doctype', () => {
    throw new XmlReadError('doctype', 'Document type declarations are not accepted');
  });
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix !== 'xmlns' && attribute.name !== 'xmlns') attributes[attribute.local] = attribute.value;
    }
    const element: MutableElement = { local: tag.local, uri: tag.uri, attributes, children: [], text: '' };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const appendText = (value: string) => {
    if (stack.length > 0) stack[stack.length - 1].text += value;
  };
  parser.on('text', appendText);
  parser.on('cdata', appendText);
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof XmlReadError) throw error;
    failure ??= error instanceof Error ? error : new Error(String(error));
  }
  if (failure) throw new XmlReadError('malformed', failure.message);
  if (!root) throw new XmlReadError('malformed', 'The document has no root element');
  return root;
}
