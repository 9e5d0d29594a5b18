import type { Diagnostics } from '../internal/Diagnostics';
import { readFlag } from '../internal/readValues';
import type { XmlNode } from '../internal/XmlNode';
import type { FieldDefinition, SiebelDataType } from '../types';

const FILE = 'siebel_meta_info.xml';

const DATA_TYPES: ReadonlySet<string> = new Set<SiebelDataType>([
  'DTYPE_ID', 'DTYPE_TEXT', 'DTYPE_NOTE', 'DTYPE_PHONE', 'DTYPE_BOOL', 'DTYPE_INTEGER',
  'DTYPE_NUMBER', 'DTYPE_CURRENCY', 'DTYPE_DATE', 'DTYPE_DATETIME', 'DTYPE_UTCDATETIME',
]);

/** IOElemName becomes a property name and an IndexedDB key path, so it must be a plain identifier. */
const PLAIN_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

const FIELD_ATTRIBUTES = [
  'Name', 'Label', 'DataType', 'IOElemName', 'HasPicklist', 'IsCompositeId', 'IsFake', 'IsFilterable',
  'IsHidden', 'IsMVGField', 'IsNullable', 'IsPartOfUserKey', 'IsPrimaryKey', 'IsReadonly', 'IsRefObjId',
  'IsRequired', 'IsTimestamp', 'RefObjTypeId', 'PicklistIsStatic', 'PicklistCollectionType', 'PicklistTypeId',
];

/** One `object/field` of siebel_meta_info.xml; `undefined` when it has no Name. */
export function readField(d: Diagnostics, node: XmlNode): FieldDefinition | undefined {
  d.checkKnown(FILE, node, { attributes: FIELD_ATTRIBUTES, children: ['picklist'] });
  const name = d.required(FILE, node, 'Name');
  const ioElemName = d.required(FILE, node, 'IOElemName');
  const dataType = d.required(FILE, node, 'DataType');
  if (ioElemName !== undefined && !PLAIN_IDENTIFIER.test(ioElemName)) {
    d.problem(FILE, node.path, `IOElemName "${ioElemName}" is not a plain identifier (letters, digits, _; not starting with a digit)`);
  }
  if (dataType !== undefined && !DATA_TYPES.has(dataType)) {
    d.problem(FILE, node.path, `unknown DataType "${dataType}"`);
  }
  // A field with a problem is still returned (unless it has no Name to be found by), so that
  // forms, keys and filters naming it do not report follow-on problems; the package is rejected anyway.
  if (name === undefined) return undefined;
  const refObjTypeId = node.attributes.RefObjTypeId?.trim() || undefined;
  const isRefObjId = readFlag(d, FILE, node, 'IsRefObjId');
  if (isRefObjId && refObjTypeId === undefined) {
    d.warn(FILE, node.path, 'foreign key without RefObjTypeId: its target type is unknown, so it is not shown as a lookup');
  }
  return {
    name,
    ioElemName: ioElemName ?? '',
    label: node.attributes.Label ?? name,
    dataType: (dataType ?? '') as SiebelDataType,
    isPrimaryKey: readFlag(d, FILE, node, 'IsPrimaryKey'),
    isTimestamp: readFlag(d, FILE, node, 'IsTimestamp'),
    isPartOfUserKey: readFlag(d, FILE, node, 'IsPartOfUserKey'),
    isFilterable: readFlag(d, FILE, node, 'IsFilterable'),
    isHidden: readFlag(d, FILE, node, 'IsHidden'),
    isRequired: readFlag(d, FILE, node, 'IsRequired'),
    isReadonly: readFlag(d, FILE, node, 'IsReadonly'),
    isNullable: readFlag(d, FILE, node, 'IsNullable'),
    hasPicklist: readFlag(d, FILE, node, 'HasPicklist'),
    ...(refObjTypeId !== undefined ? { refObjTypeId } : {}),
  };
}
