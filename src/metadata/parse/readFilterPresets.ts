import type { Diagnostics } from '../internal/Diagnostics';
import { childrenNamed, type XmlNode } from '../internal/XmlNode';
import type { FilterCondition, FilterGroup, FilterPreset } from '../types';
import { fieldByName } from '../fieldByName';
import type { ObjectIndex } from './ObjectIndex';

const FILE = 'connector_configuration.xml';
const CONDITIONS: readonly FilterCondition['condition'][] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like'];
const VALUE_TYPES: readonly FilterCondition['valueType'][] = ['string', 'integer', 'function', 'array'];

/**
 * Reads `filter_presets/preset`. `default="true"` is our attribute (Oracle documents that one preset
 * can be the default, not how); with none marked there is no default, with several it is a problem.
 */
export function readFilterPresets(d: Diagnostics, node: XmlNode, objects: ObjectIndex): FilterPreset[] {
  d.checkKnown(FILE, node, { children: ['preset'] });
  const presets = childrenNamed(node, 'preset').flatMap((preset) => readPreset(d, preset, objects) ?? []);
  const defaults = presets.filter((p) => p.isDefault);
  if (defaults.length > 1) {
    d.problem(FILE, node.path, `${defaults.length} presets are marked default="true" (${defaults.map((p) => p.name).join(', ')}); mark at most one`);
  }
  return presets;
}

function readPreset(d: Diagnostics, node: XmlNode, objects: ObjectIndex): FilterPreset | undefined {
  d.checkKnown(FILE, node, { attributes: ['name', 'default'], children: ['type'] });
  const name = d.required(FILE, node, 'name');
  const isDefault = ['true', 'yes'].includes(node.attributes.default?.trim().toLowerCase() ?? '');
  const filters: Record<string, FilterGroup> = {};
  for (const type of childrenNamed(node, 'type')) {
    d.checkKnown(FILE, type, { attributes: ['id'], children: ['group', 'binary'] });
    const typeId = d.required(FILE, type, 'id');
    if (typeId === undefined) continue;
    if (objects && !objects.has(typeId)) {
      d.problem(FILE, type.path, `type id "${typeId}" names no object of siebel_meta_info.xml`);
      continue;
    }
    // Several top-level items of one type are read as one "and" group: every one must hold.
    const items = readItems(d, type, typeId, objects);
    filters[typeId] = items.length === 1 && items[0].kind === 'group' ? items[0] : { kind: 'group', link: 'and', items };
  }
  return name === undefined ? undefined : { name, isDefault, filters };
}

function readItems(d: Diagnostics, node: XmlNode, typeId: string, objects: ObjectIndex): (FilterCondition | FilterGroup)[] {
  return node.children.flatMap((child): (FilterCondition | FilterGroup)[] => {
    if (child.name === 'group') {
      d.checkKnown(FILE, child, { attributes: ['link'], children: ['group', 'binary'] });
      const link = child.attributes.link?.trim().toLowerCase() === 'or' ? 'or' : 'and';
      return [{ kind: 'group', link, items: readItems(d, child, typeId, objects) }];
    }
    if (child.name === 'binary') return readCondition(d, child, typeId, objects) ?? [];
    return [];
  });
}

function readCondition(d: Diagnostics, node: XmlNode, typeId: string, objects: ObjectIndex): FilterCondition[] | undefined {
  d.checkKnown(FILE, node, { attributes: ['field', 'condition'], children: ['value'] });
  const field = d.required(FILE, node, 'field');
  const condition = d.required(FILE, node, 'condition') as FilterCondition['condition'] | undefined;
  const object = objects?.get(typeId);
  if (field !== undefined && object && !fieldByName(object, field)) {
    d.problem(FILE, node.path, `filter field "${field}" is not a field of object "${typeId}"`);
    return undefined;
  }
  if (condition !== undefined && !CONDITIONS.includes(condition)) {
    d.problem(FILE, node.path, `unknown condition "${condition}" (expected one of ${CONDITIONS.join(', ')})`);
    return undefined;
  }
  const valueNode = node.children.find((c) => c.name === 'value');
  if (!field || !condition || !valueNode) {
    if (!valueNode) d.problem(FILE, node.path, 'condition has no <value>');
    return undefined;
  }
  d.checkKnown(FILE, valueNode, { attributes: ['type'], children: ['item'] });
  const rawType = valueNode.attributes.type?.trim() ?? 'string';
  const valueType = VALUE_TYPES.includes(rawType as FilterCondition['valueType']) ? (rawType as FilterCondition['valueType']) : 'string';
  if (valueType !== rawType) d.warn(FILE, valueNode.path, `unknown value type "${rawType}"; read as string`);
  // Oracle's pages do not show how array items are written; we read child elements' texts.
  const value = valueType === 'array' ? valueNode.children.map((c) => c.text) : valueNode.text;
  return [{ kind: 'condition', field, condition, valueType, value }];
}
