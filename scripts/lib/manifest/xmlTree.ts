import { SaxesParser } from 'saxes';
import { xml2js } from 'xml-js';
import type { Element } from 'xml-js';

/** An element of the parsed manifest (xml-js non-compact form, so child order is kept). */
export type XmlElement = Element;

/**
 * Parses XML; throws (with line and column) when it is not well-formed. saxes checks first
 * because xml-js's sax parser accepts, e.g., a missing closing root tag.
 */
export function parseXml(xml: string): XmlElement {
  new SaxesParser().write(xml).close();
  const document = xml2js(xml, { compact: false, ignoreComment: true, ignoreDeclaration: true }) as Element;
  const root = document.elements?.find((node) => node.type === 'element');
  if (!root) throw new Error('no root element');
  return root;
}

/** Child elements of `element`. */
export function children(element: XmlElement): XmlElement[] {
  return (element.elements ?? []).filter((node) => node.type === 'element');
}

/** First child element called `name`. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return children(element).find((node) => node.name === name);
}

/** Text content of an element (its text children, trimmed). */
export function textOf(element: XmlElement | undefined): string {
  return (element?.elements ?? [])
    .map((node) => (node.type === 'text' || node.type === 'cdata' ? String(node.text ?? node.cdata ?? '') : ''))
    .join('')
    .trim();
}

/** An attribute as a string ('' when absent). */
export function attr(element: XmlElement | undefined, name: string): string {
  const value = element?.attributes?.[name];
  return value === undefined ? '' : String(value);
}

/**
 * Every element below `element`, depth first. `stopAt` elements are returned but not entered,
 * so a VersionOverrides scope does not swallow the nested VersionOverrides' resids.
 */
export function descendants(element: XmlElement, stopAt?: (node: XmlElement) => boolean): XmlElement[] {
  return children(element).flatMap((node) => (stopAt?.(node) ? [node] : [node, ...descendants(node, stopAt)]));
}
