import type { WireProfile } from '../profile/WireProfile';
import { DEFAULT_WIRE_PROFILE } from '../profile/WireProfile';
import { HEADER, SIEBEL_HEADER_NS, SOAP_ENVELOPE_NS } from '../services/wireNames';
import { writeXml, xmlElement, type XmlSpec } from '../xml/writeXml';

/** Which Siebel session headers a request carries. */
export type EnvelopeAuth =
  /** First call: credentials, `SessionType=Stateless`. */
  | { readonly kind: 'login'; readonly userName: string; readonly password: string }
  /** Later calls: the latest token, `SessionType=Stateless`. */
  | { readonly kind: 'token'; readonly token: string }
  /** Logoff: the token, `SessionType=None`. */
  | { readonly kind: 'logoff'; readonly token: string };

const SOAP = 'soap';
const OPERATION = 'asi';

// Never quote a secret: the writer names these elements by meaning, not by value.
const DESCRIBE: Record<string, string> = {
  [HEADER.userName]: 'the user name',
  [HEADER.password]: 'the password',
  [HEADER.sessionToken]: 'the session token',
};

/**
 * Writes a SOAP 1.1 request: Siebel session headers (each with a default `xmlns`, as in Oracle's
 * examples) and the operation element, written in the wire profile's operation namespace.
 *
 * @throws ProtocolError `XmlEncode` when a value cannot be written as XML 1.0
 */
export function encodeEnvelope(
  auth: EnvelopeAuth,
  operation: XmlSpec,
  profile: WireProfile = DEFAULT_WIRE_PROFILE,
): string {
  return writeXml(
    xmlElement(
      `${SOAP}:Envelope`,
      [
        xmlElement(`${SOAP}:Header`, headersFor(auth)),
        xmlElement(`${SOAP}:Body`, [{ ...operation, name: `${OPERATION}:${operation.name}` }]),
      ],
      { [`xmlns:${SOAP}`]: SOAP_ENVELOPE_NS, [`xmlns:${OPERATION}`]: profile.operationNamespace },
    ),
    (name) => DESCRIBE[name] ?? `the value of <${name}>`,
  );
}

function headersFor(auth: EnvelopeAuth): XmlSpec[] {
  const header = (name: string, value: string) => xmlElement(name, value, { xmlns: SIEBEL_HEADER_NS });
  switch (auth.kind) {
    case 'login':
      return [
        header(HEADER.userName, auth.userName),
        header(HEADER.password, auth.password),
        header(HEADER.sessionType, 'Stateless'),
      ];
    case 'token':
      return [header(HEADER.sessionType, 'Stateless'), header(HEADER.sessionToken, auth.token)];
    case 'logoff':
      return [header(HEADER.sessionType, 'None'), header(HEADER.sessionToken, auth.token)];
  }
}
