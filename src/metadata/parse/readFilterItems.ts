import type { Diagnostics } from '../internal/Diagnostics';
import { childNamed, type XmlNode } from '../internal/XmlNode';
import { fieldByName } from '../fieldByName';
import type { FilterCollection, FilterCondition, FilterConditionName, FilterGroup, ObjectType } from '../types';
import type { ObjectIndex } from './ObjectIndex';
import { readFilterValue } from './readFilterValue';

const FILE = 'connector_configuration.xml';
export const FILTER_CONDITIONS: readonly FilterConditionName[] = [
  'eq',
  'ne',
  'gt',
  'ge',
  'lt',
  'le',
  'like',
  'in',
  'not in',
];
/** Comparisons that cannot take a list: "greater than any of" has no single meaning. */
const ORDERING: readonly FilterConditionName[] = ['gt', 'ge', 'lt', 'le'];
const ITEM_ELEMENTS = ['group', 'binary', 'collection'];

/** Why an element of a preset cannot be used, and where it is. */
export interface FilterFault {
  readonly path: string;
  readonly reason: string;
}

/** What reading one type's filter needs: the object it filters and where to put faults. */
export interface FilterScope {
  readonly d: Diagnostics;
  readonly typeId: string;
  readonly object: ObjectType | undefined;
  readonly objects: ObjectIndex;
  readonly faults: FilterFault[];
}

type FilterItem = FilterCondition | FilterGroup | FilterCollection;

/**
 * Reads the `group`, `binary` and `collection` children of `node`. An element the add-in cannot
 * use is left out of the result and recorded in `scope.faults`, which makes its preset unavailable.
 */
export function readFilterItems(scope: FilterScope, node: XmlNode): FilterItem[] {
  return node.children.flatMap((child): FilterItem[] => {
    const item =
      child.name === 'group'
        ? readGroup(scope, child)
        : child.name === 'binary'
          ? readCondition(scope, child)
          : child.name === 'collection'
            ? readCollection(scope, child)
            : undefined;
    return item ? [item] : [];
  });
}

/** A `group`; an unknown `link` is a fault (reading it as and/or would change which records come). */
export function readGroup(scope: FilterScope, node: XmlNode): FilterGroup | undefined {
  scope.d.checkKnown(FILE, node, { attributes: ['link'], children: ITEM_ELEMENTS });
  const link = (node.attributes.link?.trim() || 'and').toLowerCase();
  if (link !== 'and' && link !== 'or') {
    scope.faults.push({
      path: node.path,
      reason: `a group of ${scope.typeId} is joined by "${link}", which is neither "and" nor "or"`,
    });
    return undefined;
  }
  return { kind: 'group', link, items: readFilterItems(scope, node) };
}

function readCondition(scope: FilterScope, node: XmlNode): FilterCondition | undefined {
  scope.d.checkKnown(FILE, node, { attributes: ['field', 'condition'], children: ['value'] });
  const field = node.attributes.field?.trim() ?? '';
  const where = `${scope.typeId}.${field}`;
  const fault = (reason: string) => void scope.faults.push({ path: node.path, reason });
  if (field === '') return fault(`a condition of ${scope.typeId} names no field`);
  if (scope.object && !fieldByName(scope.object, field)) return fault(`"${field}" is not a field of ${scope.typeId}`);
  const condition = (node.attributes.condition ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (!FILTER_CONDITIONS.includes(condition as FilterConditionName)) {
    return fault(
      `${where} uses the condition "${condition}", which the add-in does not know (${FILTER_CONDITIONS.join(', ')})`,
    );
  }
  const valueNode = childNamed(node, 'value');
  if (!valueNode) return fault(`${where} has no <value> to compare with`);
  const read = readFilterValue(scope.d, valueNode, where);
  if (!read.ok) return fault(read.reason);
  if (read.value.valueType === 'array' && ORDERING.includes(condition as FilterConditionName)) {
    return fault(`${where} compares "${condition}" with a list of values, which has no single meaning`);
  }
  return { kind: 'condition', field, condition: condition as FilterConditionName, ...read.value };
}

/**
 * A `collection` restricts a dependent type through the record it belongs to. Its restrictions are
 * read (so the model keeps them) but it is always a fault: a Siebel search specification on the
 * dependent integration object cannot test the container's fields.
 */
function readCollection(scope: FilterScope, node: XmlNode): FilterCollection | undefined {
  scope.d.checkKnown(FILE, node, {
    attributes: ['container_type', 'foreign_key'],
    children: ['primary_restriction', 'container_restriction'],
  });
  const containerType = node.attributes.container_type?.trim() ?? '';
  const foreignKey = node.attributes.foreign_key?.trim() ?? '';
  const restriction = (name: string, typeId: string): FilterGroup | undefined => {
    const element = childNamed(node, name);
    if (!element) return undefined;
    scope.d.checkKnown(FILE, element, { children: ['group', 'binary'] });
    const inner: FilterScope = { ...scope, typeId, object: scope.objects?.get(typeId), faults: [] };
    const items = readFilterItems(inner, element);
    return items.length === 1 && items[0].kind === 'group' ? items[0] : { kind: 'group', link: 'and', items };
  };
  const primary = restriction('primary_restriction', scope.typeId);
  const container = restriction('container_restriction', containerType);
  scope.faults.push({
    path: node.path,
    reason: `${scope.typeId} is filtered through the ${containerType || 'container'} it belongs to (a <collection>), which a Siebel search specification cannot express`,
  });
  return {
    kind: 'collection',
    containerType,
    foreignKey,
    ...(primary ? { primary } : {}),
    ...(container ? { container } : {}),
  };
}
