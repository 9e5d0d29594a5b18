import { soapActionMismatch } from '../soap/faultCatalog';
import type { SimulatorWire } from '../types';

/**
 * Throws the SBL-EAI-04313 fault when a request's `SOAPAction` (quotes removed) does not name the
 * operation of its body under the profile's template. An absent or empty header is fine: Siebel
 * dispatches on the body element, and field evidence does not show it requiring the header.
 * `{service}` in the template matches any text (the simulator does not model service names).
 */
export function checkSoapAction(wire: SimulatorWire, soapAction: string | undefined, operationName: string): void {
  if (soapAction === undefined || soapAction === '') return;
  const expected = wire.soapAction
    .replace(/\{namespace\}/g, wire.operationNamespace)
    .replace(/\{operation\}/g, operationName);
  const pattern = new RegExp(`^${expected.split('{service}').map(escapeRegExp).join('.*')}$`);
  if (!pattern.test(soapAction)) throw soapActionMismatch(soapAction, expected);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
