import { xml2js } from 'xml-js';
import type { Element as XmlJsElement } from 'xml-js';
import { checkWellFormed } from './checkWellFormed';
import { pathStep, type XmlNode } from './XmlNode';

/** The root of a well-formed file, or why the file is not well-formed. */
export type ParsedXml =
  | { readonly ok: true; readonly root: XmlNode }
  | { readonly ok: false; readonly message: string; readonly cause?: unknown };

/**
 * Parses one package file with xml-js (non-compact, so document order survives) into an
 * {@link XmlNode} tree. Never throws: a malformed file becomes a message with line and column.
 */
export function parseXml(content: string): ParsedXml {
  const fault = checkWellFormed(content);
  if (fault !== undefined) return { ok: false, message: fault };
  let document: XmlJsElement;
  try {
    document = xml2js(content, { compact: false }) as XmlJsElement;
  } catch (cause) {
    return { ok: false, message: describeSaxError(cause), cause };
  }
  const roots = (document.elements ?? []).filter((e) => e.type === 'element');
  if (roots.length !== 1) {
    return { ok: false, message: `malformed XML: expected one root element, found ${roots.length}` };
  }
  const root = roots[0];
  return { ok: true, root: toNode(root, pathStep(String(root.name), stringAttributes(root), 1, 1)) };
}

function toNode(element: XmlJsElement, path: string): XmlNode {
  const contents = element.elements ?? [];
  const childElements = contents.filter((e) => e.type === 'element');
  const counts = new Map<string, number>();
  for (const child of childElements) counts.set(String(child.name), (counts.get(String(child.name)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const children = childElements.map((child) => {
    const name = String(child.name);
    const position = (seen.get(name) ?? 0) + 1;
    seen.set(name, position);
    return toNode(child, `${path}/${pathStep(name, stringAttributes(child), position, counts.get(name) ?? 1)}`);
  });
  const text = contents
    .map((e) => (e.type === 'text' ? String(e.text ?? '') : e.type === 'cdata' ? String(e.cdata ?? '') : ''))
    .join('')
    .trim();
  return { name: String(element.name), attributes: stringAttributes(element), children, text, path };
}

function stringAttributes(element: XmlJsElement): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(element.attributes ?? {})) result[key] = String(value ?? '');
  return result;
}

/** sax reports "reason\nLine: n\nColumn: m\nChar: c" with a 0-based line; people count from 1. */
function describeSaxError(cause: unknown): string {
  const raw = cause instanceof Error ? cause.message : String(cause);
  const reason = raw.split('\n')[0];
  const line = /Line: (\d+)/.exec(raw);
  const column = /Column: (\d+)/.exec(raw);
  if (!line || !column) return `malformed XML: ${reason}`;
  return `malformed XML at line ${Number(line[1]) + 1}, column ${column[1]}: ${reason}`;
}
