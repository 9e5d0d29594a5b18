import { xml2js, type Element } from 'xml-js';
import { ProtocolError } from '../errors/ProtocolError';
import { refuseDoctype } from './refuseDoctype';
import type { XmlElement } from './XmlElement';

/** Nesting deeper than this is refused: a SOAP answer of ours is about 8 levels deep. */
export const MAX_XML_DEPTH = 64;

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
type Scope = ReadonlyMap<string, string>;

/**
 * Parses a whole document with xml-js and resolves namespaces (any prefix, or a default
 * namespace, gives the same element). Comments, processing instructions and the XML declaration
 * are dropped; text and CDATA are merged. `source` names the document in error messages.
 *
 * @throws ProtocolError `XmlRefused` (DOCTYPE/ENTITY, too deep) or `NotSoap` (not well-formed XML)
 */
export function parseXml(xml: string, source: string): XmlElement {
  refuseDoctype(xml, source);
  let document: Element;
  try {
    document = xml2js(xml, {
      compact: false,
      captureSpacesBetweenElements: true,
      ignoreComment: true,
      ignoreDeclaration: true,
      ignoreInstruction: true,
      ignoreDoctype: true,
    }) as Element;
  } catch (error) {
    throw notXml(source, error);
  }
  const roots = (document.elements ?? []).filter((node) => node.type === 'element');
  const strayText = (document.elements ?? []).some((node) => node.type === 'text' && String(node.text).trim() !== '');
  if (roots.length !== 1 || strayText) throw notXml(source);
  return toXmlElement(roots[0], new Map([['xml', XML_NS]]), 1, source);
}

function toXmlElement(node: Element, parentScope: Scope, depth: number, source: string): XmlElement {
  if (depth > MAX_XML_DEPTH) throw tooDeep(source);
  const scope = declaredScope(node, parentScope);
  const qualified = node.name ?? '';
  const colon = qualified.indexOf(':');
  const prefix = colon < 0 ? '' : qualified.slice(0, colon);
  const ns = scope.get(prefix);
  if (colon >= 0 && ns === undefined) throw notXml(source, undefined, `the prefix "${prefix}" is not declared`);
  const children: XmlElement[] = [];
  let text = '';
  for (const child of node.elements ?? []) {
    if (child.type === 'element') children.push(toXmlElement(child, scope, depth + 1, source));
    else if (child.type === 'text') text += String(child.text ?? '');
    else if (child.type === 'cdata') text += String(child.cdata ?? '');
  }
  return { ns: ns ?? '', local: qualified.slice(colon + 1), attributes: plainAttributes(node), children, text };
}

function declaredScope(node: Element, parentScope: Scope): Scope {
  const declarations = Object.entries(node.attributes ?? {}).filter(
    ([name]) => name === 'xmlns' || name.startsWith('xmlns:'),
  );
  if (declarations.length === 0) return parentScope;
  const scope = new Map(parentScope);
  for (const [name, value] of declarations) scope.set(name === 'xmlns' ? '' : name.slice(6), String(value ?? ''));
  return scope;
}

function plainAttributes(node: Element): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(node.attributes ?? {})) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) result[name] = String(value ?? '');
  }
  return result;
}

/** The `XmlRefused` error for nesting deeper than {@link MAX_XML_DEPTH}. */
export function tooDeep(source: string): ProtocolError {
  return new ProtocolError(
    'XmlRefused',
    `Refused the answer to ${source}: its elements are nested more than ${MAX_XML_DEPTH} levels deep — check that the server URL points at the Siebel EAI endpoint`,
  );
}

/** The `NotSoap` error for a document that is not well-formed XML. */
export function notXml(source: string, cause?: unknown, why = 'it is not well-formed XML'): ProtocolError {
  return new ProtocolError(
    'NotSoap',
    `The answer to ${source} is not a SOAP message: ${why} — check that the server URL points at the Siebel EAI endpoint (an HTML login or proxy page is a common cause)`,
    { cause },
  );
}
