import type { XmlElement } from '../xml/XmlElement';
import { describeElement } from './objectList';
import { shapeError } from './shapeError';

/**
 * Checks that the Body's element is the operation's answer. Matched by local name whatever its
 * namespace (a deployment publishes its services in a namespace of its own; field evidence §2);
 * otherwise a ProtocolError names what came and what was expected.
 *
 * @throws ProtocolError `UnexpectedSoapShape`
 */
export function requireOutput(output: XmlElement, expected: string, namespace: string, source: string): void {
  if (output.local === expected) return;
  throw shapeError(
    source,
    `the Body holds ${describeElement(output)} where <${expected}> (wire profile namespace "${namespace}", matched by local name) was expected — the wire profile's operation names may not match how this server publishes its services`,
  );
}
