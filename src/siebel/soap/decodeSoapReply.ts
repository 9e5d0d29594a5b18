import { HEADER, SIEBEL_HEADER_NS, SOAP_ENVELOPE_NS } from '../services/wireNames';
import type { SoapFault } from '../types';
import { parseXml } from '../xml/parseXml';
import { findChild, type XmlElement } from '../xml/XmlElement';
import { decodeFault } from './decodeFault';
import { shapeError } from './shapeError';
import { ProtocolError } from '../errors/ProtocolError';

/** A decoded SOAP answer: the session token of its header (if any), then a result or a fault. */
export type SoapReply<T> =
  | { readonly kind: 'result'; readonly sessionToken: string | undefined; readonly value: T }
  | { readonly kind: 'fault'; readonly sessionToken: string | undefined; readonly fault: SoapFault };

/**
 * Turns a response envelope into a {@link SoapReply}. Swappable per operation (a streaming parser
 * may replace this for big data pages); every implementation has this signature.
 */
export type SoapReplyDecoder<T> = (xml: string) => SoapReply<T>;

/**
 * Decodes an envelope with xml-js: the header's `SessionToken`, then either the `Fault` or the
 * body's operation element handed to `readOperation`. `source` names the call in messages.
 *
 * @throws ProtocolError `NotSoap` when the document is not a SOAP 1.1 envelope, `UnexpectedSoapShape`
 * when its body is empty, `XmlRefused` for hostile XML. `parse` builds the element tree (xml-js by
 * default; QueryPage pages use the faster `scanXml`, which gives the same tree).
 */
export function decodeSoapReply<T>(
  xml: string,
  source: string,
  readOperation: (operation: XmlElement) => T,
  parse: (xml: string, source: string) => XmlElement = parseXml,
): SoapReply<T> {
  const envelope = parse(xml, source);
  if (envelope.local !== 'Envelope' || envelope.ns !== SOAP_ENVELOPE_NS) {
    throw new ProtocolError(
      'NotSoap',
      `The answer to ${source} is not a SOAP 1.1 message: its root element is <${envelope.local}> — check that the server URL points at the Siebel EAI endpoint (an HTML login or proxy page is a common cause)`,
    );
  }
  const header = findChild(envelope, 'Header', SOAP_ENVELOPE_NS);
  const token = header ? findChild(header, HEADER.sessionToken, SIEBEL_HEADER_NS)?.text.trim() : undefined;
  const sessionToken = token || undefined;
  const body = findChild(envelope, 'Body', SOAP_ENVELOPE_NS);
  if (!body) throw shapeError(source, 'the envelope has no Body');
  const operation = body.children[0];
  if (!operation) throw shapeError(source, 'the Body is empty');
  if (operation.local === 'Fault' && operation.ns === SOAP_ENVELOPE_NS) {
    return { kind: 'fault', sessionToken, fault: decodeFault(operation) };
  }
  return { kind: 'result', sessionToken, value: readOperation(operation) };
}
