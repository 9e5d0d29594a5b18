import type { SimulatorWire } from '../types';
import { childByLocal, type XmlElement } from '../xml/XmlElement';
import { element } from '../xml/xmlWriter';

/**
 * The integration-object list (`ListOf…`) an element carries, in either shape: inside a
 * `<SiebelMessage>` child, or straight among its children (field-evidence §1). `isList` tells the
 * list from the element's other arguments; `undefined` when there is none. A server reads both
 * shapes whatever it writes.
 */
export function listArgument(parent: XmlElement, isList: (child: XmlElement) => boolean): XmlElement | undefined {
  const message = childByLocal(parent, 'SiebelMessage');
  if (message) return message.children[0];
  return parent.children.find(isList);
}

/** A list element as the profile writes it: as it is (`direct`) or inside `<SiebelMessage>`. */
export function writeListArgument(wire: SimulatorWire, listXml: string): string {
  return wire.messageShape === 'siebelMessage' ? element('SiebelMessage', {}, listXml) : listXml;
}

/** The default namespace of an integration object's list element: `http://www.siebel.com/xml/<IO, spaces as %20>`. */
export function integrationObjectNamespace(intObjName: string): string {
  return `http://www.siebel.com/xml/${intObjName.replace(/ /g, '%20')}`;
}

/** The integration object a list element's namespace names, or `undefined` when it is not a `http://www.siebel.com/xml/…` one. */
export function integrationObjectOf(namespace: string): string | undefined {
  const match = /^https?:\/\/www\.siebel\.com\/xml\/(.+)$/.exec(namespace);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}
