import type { Diagnostics } from '../internal/Diagnostics';
import { readFlag } from '../internal/readValues';
import type { XmlNode } from '../internal/XmlNode';
import type { FieldDefinition, SiebelDataType } from '../types';

const FILE = 'siebel_meta_info.xml';

const DATA_TYPES: ReadonlySet<string> = new Set<SiebelDataType>([
  'DTYPE_ID',
  'DTYPE_TEXT',
  'DTYPE_NOTE',
  'DTYPE_PHONE',
  'DTYPE_BOOL',
  'DTYPE_INTEGER',
  'DTYPE_NUMBER',
  'DTYPE_CURRENCY',
  'DTYPE_DATE',
  'DTYPE_DATETIME',
  'DTYPE_UTCDATETIME',
]);

/** IOElemName becomes a property name and an IndexedDB key path, so it must be a plain identifier. */
const PLAIN_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

const FIELD_ATTRIBUTES = [
  'Name',
  'Label',
  'DataType',
  'IOElemName',
  'HasPicklist',
  'IsCompositeId',
  'IsFake',
  'IsFilterable',
  'IsHidden',
  'IsMVGField',
  'IsNullable',
  'IsPartOfUserKey',
  'IsPrimaryKey',
  'IsReadonly',
  'IsRefObjId',
  'IsRequired',
  'IsTimestamp',
  'RefObjTypeId',
  'PicklistIsStatic',
  'PicklistCollectionType',
  'PicklistTypeId',
];

/**
 * One `object/field` of siebel_meta_info.xml; `undefined` (with a warning) when it has no Name, as
 * nothing else can refer to it. An unusable IOElemName is a problem (it is the wire and store name);
 * an unknown or missing DataType is a warning: the field is kept as read-only text.
 */
export function readField(d: Diagnostics, node: XmlNode): FieldDefinition | undefined {
  d.checkKnown(FILE, node, { attributes: FIELD_ATTRIBUTES, children: ['picklist'] });
  const name = node.attributes.Name?.trim();
  const ioElemName = d.required(FILE, node, 'IOElemName');
  if (ioElemName !== undefined && !PLAIN_IDENTIFIER.test(ioElemName)) {
    d.problem(
      FILE,
      node.path,
      `IOElemName "${ioElemName}" is not a plain identifier (letters, digits, _; not starting with a digit)`,
    );
  }
  if (!name) {
    d.warn(FILE, node.path, 'a field without a Name cannot be referred to and is ignored');
    return undefined;
  }
  const dataType = readDataType(d, node);
  const refObjTypeId = node.attributes.RefObjTypeId?.trim() || undefined;
  const isRefObjId = readFlag(d, FILE, node, 'IsRefObjId');
  if (isRefObjId && refObjTypeId === undefined) {
    d.warn(
      FILE,
      node.path,
      'foreign key without RefObjTypeId: its target type is unknown, so it is not shown as a lookup',
    );
  }
  const picklistTypeId = node.attributes.PicklistTypeId?.trim() || undefined;
  const picklistCollectionType = node.attributes.PicklistCollectionType?.trim() || undefined;
  return {
    name,
    ioElemName: ioElemName ?? '',
    label: node.attributes.Label ?? name,
    dataType: dataType ?? 'DTYPE_TEXT',
    isPrimaryKey: readFlag(d, FILE, node, 'IsPrimaryKey'),
    isTimestamp: readFlag(d, FILE, node, 'IsTimestamp'),
    isPartOfUserKey: readFlag(d, FILE, node, 'IsPartOfUserKey'),
    isFilterable: readFlag(d, FILE, node, 'IsFilterable'),
    isHidden: readFlag(d, FILE, node, 'IsHidden'),
    isRequired: readFlag(d, FILE, node, 'IsRequired'),
    // A value of a type the add-in cannot check might be refused by Siebel: it is shown, not edited.
    isReadonly: dataType === undefined || readFlag(d, FILE, node, 'IsReadonly'),
    isNullable: readFlag(d, FILE, node, 'IsNullable'),
    hasPicklist: readFlag(d, FILE, node, 'HasPicklist'),
    ...(refObjTypeId !== undefined ? { refObjTypeId } : {}),
    ...(picklistTypeId !== undefined ? { picklistTypeId } : {}),
    ...(picklistCollectionType !== undefined ? { picklistCollectionType } : {}),
  };
}

function readDataType(d: Diagnostics, node: XmlNode): SiebelDataType | undefined {
  const dataType = node.attributes.DataType?.trim();
  if (dataType && DATA_TYPES.has(dataType)) return dataType as SiebelDataType;
  const what = dataType ? `unknown DataType "${dataType}"` : 'no DataType';
  d.warn(FILE, node.path, `${what}: the field is kept as text and cannot be edited`);
  return undefined;
}
