import { ProtocolError } from '../errors/ProtocolError';

const DECLARATION = /<!(?:DOCTYPE|ENTITY)/i;

/**
 * Refuses a document that declares a DTD or entities, before any parser sees it: SOAP forbids
 * them, and they are how entity-expansion ("billion laughs") and external-entity attacks start.
 */
export function refuseDoctype(xml: string, source: string): void {
  if (DECLARATION.test(xml)) {
    throw new ProtocolError(
      'XmlRefused',
      `Refused the answer to ${source}: it declares a DOCTYPE or ENTITY, which SOAP does not allow — check that the server URL points at the Siebel EAI endpoint and not at a proxy or another service`,
    );
  }
}
