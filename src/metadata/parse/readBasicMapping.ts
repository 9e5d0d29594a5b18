import type { Diagnostics } from '../internal/Diagnostics';
import { childNamed, childrenNamed, type XmlNode } from '../internal/XmlNode';
import type { TypeMapping } from '../types';
import type { ObjectIndex } from './ObjectIndex';

const FILE = 'siebel_basic_mapping.xml';
const TYPE_ATTRIBUTES = [
  'id',
  'display_name',
  'folder_type',
  'hidden_folder',
  'predefined_folder',
  'prohibit_user_modification',
  'ver',
];

/** A mapping plus where its form id was written, to report a form id that names no form. */
export interface MappingEntry {
  readonly mapping: TypeMapping;
  readonly formPath?: string;
}

/** Oracle names the Outlook type that stores a pick-list's values `<Object><Field>Picklist` (e.g. `ActionTypePicklist`). */
const PICKLIST_TYPE = /Picklist$/;

/**
 * Reads siebel_basic_mapping.xml: per type, its display name and form id. The reader/writer parts
 * describe Outlook's MAPI storage, which a web add-in does not have, so they are not read. A type
 * that names no object only labels Outlook folders: it is ignored (silently when it is a pick-list
 * type, whose values the add-in reads from siebel_meta_info.xml).
 */
export function readBasicMapping(d: Diagnostics, root: XmlNode, objects: ObjectIndex): MappingEntry[] {
  d.checkKnown(FILE, root, { children: ['types'] });
  const types = childNamed(root, 'types');
  if (types) d.checkKnown(FILE, types, { children: ['type'] });
  return (types ? childrenNamed(types, 'type') : []).flatMap((node): MappingEntry[] => {
    d.checkKnown(FILE, node, {
      attributes: TYPE_ATTRIBUTES,
      children: ['form', 'field', 'custom_views', 'alt_messageclasses'],
    });
    const typeId = node.attributes.id?.trim();
    if (!typeId) {
      d.warn(FILE, node.path, 'a type without an id is ignored');
      return [];
    }
    const object = objects?.get(typeId);
    if (objects && !object) {
      if (!PICKLIST_TYPE.test(typeId))
        d.warn(FILE, node.path, `type id "${typeId}" names no object of siebel_meta_info.xml; it is ignored`);
      return [];
    }
    const form = childNamed(node, 'form');
    if (form) d.checkKnown(FILE, form, { attributes: ['message_class', 'icon', 'large_icon', 'display_name'] });
    const formId = form?.text || undefined;
    const displayName =
      form?.attributes.display_name?.trim() || node.attributes.display_name?.trim() || object?.label || typeId;
    return [
      {
        mapping: { typeId, displayName, ...(formId ? { formId } : {}) },
        ...(form && formId ? { formPath: form.path } : {}),
      },
    ];
  });
}
