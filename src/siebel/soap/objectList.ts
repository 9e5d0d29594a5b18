import type { WireProfile } from '../profile/WireProfile';
import { xmlElement, type XmlSpec } from '../xml/writeXml';
import { findChild, type XmlElement } from '../xml/XmlElement';

/** The argument name Siebel's business services use for an integration object. */
export const SIEBEL_MESSAGE = 'SiebelMessage';

/**
 * The `ListOf…` element of an integration-object argument, in either shape (field evidence §1):
 * straight inside `parent` (Siebel-generated services) or inside its `SiebelMessage`. Matched by
 * local name; the list's own namespace is whatever the server declared.
 */
export function findObjectList(parent: XmlElement, listName: string): XmlElement | undefined {
  const direct = findChild(parent, listName);
  if (direct) return direct;
  const message = findChild(parent, SIEBEL_MESSAGE);
  return message ? findChild(message, listName) : undefined;
}

/** The first list-like element `parent` holds in either shape (for a message naming what came instead). */
export function anyObjectList(parent: XmlElement): XmlElement | undefined {
  const message = findChild(parent, SIEBEL_MESSAGE);
  return parent.children.find((child) => child.local.startsWith('ListOf')) ?? message?.children[0];
}

/** `<ListOfFoo> in namespace "…"`: an element as a message names it. */
export function describeElement(element: XmlElement): string {
  return `<${element.local}> ${element.ns ? `in namespace "${element.ns}"` : 'in no namespace'}`;
}

/** Writes an integration-object argument in the profile's shape: the list itself, or wrapped in `SiebelMessage`. */
export function objectArgument(profile: WireProfile, list: XmlSpec): XmlSpec {
  return profile.messageShape === 'siebelMessage' ? xmlElement(SIEBEL_MESSAGE, [list]) : list;
}
