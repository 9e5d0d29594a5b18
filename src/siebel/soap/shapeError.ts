import { ProtocolError } from '../errors/ProtocolError';
import { findChild, type XmlElement } from '../xml/XmlElement';

/** A SOAP answer that parsed but is not shaped as expected. */
export function shapeError(source: string, detail: string): ProtocolError {
  return new ProtocolError(
    'UnexpectedSoapShape',
    `The answer to ${source} does not have the expected shape: ${detail} — check that the server runs the CRM Desktop web services this add-in expects, or tell your CRM administrator`,
  );
}

/** The child named `local` (argument elements are matched by local name: servers differ in qualifying them). */
export function requireChild(parent: XmlElement, local: string, source: string): XmlElement {
  const child = findChild(parent, local);
  if (!child) throw shapeError(source, `<${parent.local}> has no <${local}>`);
  return child;
}

/** The text of the child named `local`. */
export function requireText(parent: XmlElement, local: string, source: string): string {
  return requireChild(parent, local, source).text;
}

/** A `true`/`false` argument (case-insensitive, surrounding whitespace ignored). */
export function requireBoolean(parent: XmlElement, local: string, source: string): boolean {
  const value = requireText(parent, local, source).trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw shapeError(source, `<${local}> is "${value}", expected true or false`);
}
