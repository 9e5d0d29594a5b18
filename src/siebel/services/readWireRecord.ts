import type { WireRecord } from '../types';
import type { XmlElement } from '../xml/XmlElement';

/**
 * A record element of a Siebel message as a {@link WireRecord}: its leaf children by local name,
 * '' for an empty element. Child components (elements with children) are skipped: the add-in
 * reads root components only.
 */
export function readWireRecord(record: XmlElement): WireRecord {
  const fields: Record<string, string> = {};
  for (const field of record.children) {
    if (field.children.length === 0) fields[field.local] = field.text;
  }
  return fields;
}
