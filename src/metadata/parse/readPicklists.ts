import type { Diagnostics } from '../internal/Diagnostics';
import { childNamed, childrenNamed, type XmlNode } from '../internal/XmlNode';
import { fieldByName } from '../fieldByName';
import type { ObjectType, PicklistDefinition, PicklistSource, PicklistValue } from '../types';
import { readMasterFilter } from './readMasterFilter';

const FILE = 'siebel_meta_info.xml';
const ATTRIBUTES = [
  'TypeId',
  'SrcObjectTypeId',
  'CollectionTypeFldName',
  'ValueFldName',
  'LabelFldName',
  'LangFldName',
];
/** `extra_src_fldname` carries the parent value of a hierarchical pick-list; the add-in shows flat lists. */
const CHILDREN = ['master_filter_expr', 'extra_src_fldname', 'value'];

/**
 * Reads every `picklist` of siebel_meta_info.xml (under the root, or under an object). Oracle's form
 * names an object whose synchronized records hold the values (`SrcObjectTypeId` and the field
 * names); ours lists the values themselves as `<value label="…">stored value</value>` children.
 * A pick-list the add-in cannot use is ignored with a warning: its fields then take free text.
 */
export function readPicklists(
  d: Diagnostics,
  root: XmlNode,
  objects: ReadonlyMap<string, ObjectType>,
): PicklistDefinition[] {
  const nodes = [
    ...childrenNamed(root, 'picklist'),
    ...childrenNamed(root, 'object').flatMap((o) => childrenNamed(o, 'picklist')),
  ];
  const picklists: PicklistDefinition[] = [];
  for (const node of nodes) {
    const picklist = readPicklist(d, node, objects);
    if (!picklist) continue;
    if (picklists.some((p) => p.typeId === picklist.typeId))
      d.warn(FILE, node.path, `duplicate picklist TypeId "${picklist.typeId}"; the first one is used`);
    else picklists.push(picklist);
  }
  return picklists;
}

function readPicklist(
  d: Diagnostics,
  node: XmlNode,
  objects: ReadonlyMap<string, ObjectType>,
): PicklistDefinition | undefined {
  d.checkKnown(FILE, node, { attributes: ATTRIBUTES, children: CHILDREN });
  const typeId = node.attributes.TypeId?.trim();
  if (!typeId) {
    d.warn(FILE, node.path, 'a picklist without a TypeId cannot be referred to and is ignored');
    return undefined;
  }
  const values = readValues(d, node);
  if (node.attributes.SrcObjectTypeId?.trim()) {
    if (values.length > 0)
      d.warn(FILE, node.path, `picklist "${typeId}" names SrcObjectTypeId; its <value> children are ignored`);
    const source = readSource(d, node, typeId, objects);
    return source ? { typeId, source } : undefined;
  }
  if (values.length === 0) {
    d.warn(FILE, node.path, `picklist "${typeId}" has neither SrcObjectTypeId nor values; its fields take free text`);
    return undefined;
  }
  return { typeId, values };
}

function readValues(d: Diagnostics, node: XmlNode): PicklistValue[] {
  return childrenNamed(node, 'value').flatMap((child): PicklistValue[] => {
    d.checkKnown(FILE, child, { attributes: ['label'] });
    if (child.text === '') {
      d.warn(FILE, child.path, 'an empty picklist value is ignored (an empty field already means "no value")');
      return [];
    }
    return [{ value: child.text, label: child.attributes.label?.trim() || child.text }];
  });
}

/** Oracle's pick-list object; every field it names must be a field of the source object. */
function readSource(
  d: Diagnostics,
  node: XmlNode,
  typeId: string,
  objects: ReadonlyMap<string, ObjectType>,
): PicklistSource | undefined {
  const objectTypeId = node.attributes.SrcObjectTypeId!.trim();
  const object = objects.get(objectTypeId);
  if (!object) {
    d.warn(
      FILE,
      node.path,
      `picklist "${typeId}": SrcObjectTypeId "${objectTypeId}" names no object; its fields take free text`,
    );
    return undefined;
  }
  const attribute = (name: string) => node.attributes[name]?.trim() || undefined;
  const valueField = attribute('ValueFldName') ?? 'Value';
  const labelField = attribute('LabelFldName') ?? valueField;
  const collectionTypeField = attribute('CollectionTypeFldName');
  const languageField = attribute('LangFldName');
  const missing = [...new Set([valueField, labelField, collectionTypeField, languageField])].filter(
    (name) => name !== undefined && !fieldByName(object, name),
  );
  if (missing.length > 0) {
    d.warn(
      FILE,
      node.path,
      `picklist "${typeId}" names ${missing.map((m) => `"${m}"`).join(', ')}, not fields of "${objectTypeId}"; its fields take free text`,
    );
    return undefined;
  }
  const masterFilter = childNamed(node, 'master_filter_expr');
  const masterConditions = masterFilter?.text ? readMasterFilter(d, masterFilter, object) : undefined;
  return {
    objectTypeId,
    valueField,
    labelField,
    ...(collectionTypeField ? { collectionTypeField } : {}),
    ...(languageField ? { languageField } : {}),
    ...(masterFilter?.text ? { masterFilter: masterFilter.text } : {}),
    ...(masterConditions ? { masterConditions } : {}),
  };
}
