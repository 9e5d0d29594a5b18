import type { Diagnostics } from '../internal/Diagnostics';
import { readFlag, readInteger } from '../internal/readValues';
import { childNamed, childrenNamed, type XmlNode } from '../internal/XmlNode';
import type { FieldDefinition, ObjectType } from '../types';
import { readField } from './readField';

const FILE = 'siebel_meta_info.xml';

const OBJECT_ATTRIBUTES = [
  'TypeId',
  'Label',
  'LabelPlural',
  'EnableGetIDsBatching',
  'ViewMode',
  'IntObjName',
  'SiebMsgXmlElemName',
  'SiebMsgXmlCollectionElemName',
  'IsTopLevel',
  'IsAssociation',
  'IsCascadeDelete',
  'SyncFrequency',
  'UpsertBusObjCacheSize',
];
const OBJECT_CHILDREN = [
  'viewmodes',
  'field',
  'extra_command_options',
  'open_with_url_tmpl',
  'master_filter_expr',
  'picklist',
];

/** Documented object children the add-in does not apply, and what the administrator loses. */
const NOT_APPLIED: Readonly<Record<string, string>> = {
  extra_command_options: 'the add-in does not add extra attributes to its Siebel requests',
  open_with_url_tmpl: 'the task pane has no command that opens a record in the Siebel Web Client',
  master_filter_expr: 'a master filter is read inside a picklist only',
};

/** One `object` of siebel_meta_info.xml; `undefined` when it has no TypeId. */
export function readObjectType(d: Diagnostics, node: XmlNode): ObjectType | undefined {
  d.checkKnown(FILE, node, { attributes: OBJECT_ATTRIBUTES, children: OBJECT_CHILDREN });
  for (const child of node.children) {
    const loss = NOT_APPLIED[child.name];
    if (loss) d.warn(FILE, child.path, `${child.name} is not applied: ${loss}`);
  }
  const typeId = d.required(FILE, node, 'TypeId');
  const intObjName = d.required(FILE, node, 'IntObjName');
  const recordElemName = d.required(FILE, node, 'SiebMsgXmlElemName');
  const collectionElemName = d.required(FILE, node, 'SiebMsgXmlCollectionElemName');
  const fields = readFields(d, node);
  const primaryKeys = fields.filter((f) => f.isPrimaryKey);
  if (primaryKeys.length !== 1) {
    d.problem(FILE, node.path, `object needs exactly one IsPrimaryKey field, found ${primaryKeys.length}`);
  }
  // Returned despite other problems so that references to it do not report follow-on problems.
  if (!typeId) return undefined;

  const viewmodes = childNamed(node, 'viewmodes');
  if (viewmodes) d.checkKnown(FILE, viewmodes, { attributes: ['General', 'Dedup', 'QBID'] });
  const timestamp = fields.find((f) => f.isTimestamp);
  const viewMode = viewmodes?.attributes.General?.trim() || node.attributes.ViewMode?.trim() || '';
  return {
    typeId,
    label: node.attributes.Label ?? typeId,
    labelPlural: node.attributes.LabelPlural ?? node.attributes.Label ?? typeId,
    intObjName: intObjName ?? '',
    recordElemName: recordElemName ?? '',
    collectionElemName: collectionElemName ?? '',
    viewMode,
    dedupViewMode: viewmodes?.attributes.Dedup?.trim() || viewMode,
    queryByIdViewMode: viewmodes?.attributes.QBID?.trim() || viewMode,
    syncFrequencySeconds: readInteger(d, FILE, node.path, 'SyncFrequency', node.attributes.SyncFrequency) ?? 0,
    isTopLevel: readFlag(d, FILE, node, 'IsTopLevel', true),
    isAssociation: readFlag(d, FILE, node, 'IsAssociation'),
    fields,
    primaryKey: primaryKeys[0]?.ioElemName ?? '',
    ...(timestamp ? { timestampField: timestamp.ioElemName } : {}),
  };
}

/**
 * The object's fields. A duplicate IOElemName is a problem (two values would collide in one store
 * property); a second field with the same Name is ignored with a warning (the first one is used).
 */
function readFields(d: Diagnostics, node: XmlNode): FieldDefinition[] {
  const fields: FieldDefinition[] = [];
  for (const child of childrenNamed(node, 'field')) {
    const field = readField(d, child);
    if (!field) continue;
    if (field.ioElemName !== '' && fields.some((f) => f.ioElemName === field.ioElemName)) {
      d.problem(FILE, child.path, `duplicate IOElemName "${field.ioElemName}" in this object`);
    } else if (fields.some((f) => f.name === field.name)) {
      d.warn(FILE, child.path, `duplicate field Name "${field.name}" in this object; the first one is used`);
      continue;
    }
    fields.push(field);
  }
  return fields;
}
