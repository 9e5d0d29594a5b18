import type { Diagnostics } from '../internal/Diagnostics';
import type { XmlNode } from '../internal/XmlNode';
import type { FilterCondition, FilterScalarType } from '../types';

const FILE = 'connector_configuration.xml';
const SCALAR_TYPES: readonly FilterScalarType[] = ['string', 'integer', 'function'];
/** The functions a preset value can call; Oracle's pages show `today`, `now` is its time-of-day sibling. */
export const FILTER_FUNCTIONS: readonly string[] = ['today', 'now'];
const INTEGER = /^[+-]?\d+$/;

/** A `value` read into the model's shape, or why the add-in cannot use it. */
export type ReadFilterValue =
  | { readonly ok: true; readonly value: Pick<FilterCondition, 'valueType' | 'value' | 'itemTypes'> }
  | { readonly ok: false; readonly reason: string };

/**
 * Reads the `value` of a `binary`. Oracle writes an array as `<value type="array">` holding
 * `<value type="string">` items; the older form with `<item>` children (ours) is read too.
 * `where` (e.g. `Opportunity.Status`) names the comparison in the reasons.
 */
export function readFilterValue(d: Diagnostics, node: XmlNode, where: string): ReadFilterValue {
  const type = (node.attributes.type?.trim() || 'string').toLowerCase();
  if (type === 'array') return readArray(d, node, where);
  d.checkKnown(FILE, node, { attributes: ['type'] });
  const scalar = readScalar(type, node.text, where);
  return scalar.ok ? { ok: true, value: { valueType: scalar.type, value: scalar.text } } : scalar;
}

function readArray(d: Diagnostics, node: XmlNode, where: string): ReadFilterValue {
  d.checkKnown(FILE, node, { attributes: ['type'], children: ['value', 'item'] });
  const texts: string[] = [];
  const itemTypes: FilterScalarType[] = [];
  for (const child of node.children) {
    if (child.name !== 'value' && child.name !== 'item') continue;
    const type = child.name === 'value' ? (child.attributes.type?.trim() || 'string').toLowerCase() : 'string';
    if (type === 'array')
      return {
        ok: false,
        reason: `${where} compares with a list inside a list, which has no search-specification form`,
      };
    d.checkKnown(FILE, child, { attributes: child.name === 'value' ? ['type'] : [] });
    const scalar = readScalar(type, child.text, where);
    if (!scalar.ok) return scalar;
    texts.push(scalar.text);
    itemTypes.push(scalar.type);
  }
  if (texts.length === 0) return { ok: false, reason: `${where} compares with an empty list of values` };
  return { ok: true, value: { valueType: 'array', value: texts, itemTypes } };
}

type Scalar =
  | { readonly ok: true; readonly type: FilterScalarType; readonly text: string }
  | { readonly ok: false; readonly reason: string };

function readScalar(type: string, text: string, where: string): Scalar {
  if (!SCALAR_TYPES.includes(type as FilterScalarType)) {
    return {
      ok: false,
      reason: `${where} has a value of type "${type}", which the add-in does not know (string, integer, function, array)`,
    };
  }
  if (type === 'integer' && !INTEGER.test(text.trim()))
    return { ok: false, reason: `${where} has the integer value "${text}", which is not a whole number` };
  if (type === 'integer') return { ok: true, type, text: text.trim() };
  if (type === 'function') {
    // `today()` is how Siebel's own expressions write it; the guide's example writes `today`.
    const name = text
      .trim()
      .toLowerCase()
      .replace(/\(\s*\)$/, '');
    if (!FILTER_FUNCTIONS.includes(name))
      return {
        ok: false,
        reason: `${where} calls the function "${text.trim()}", which the add-in does not know (${FILTER_FUNCTIONS.join(', ')})`,
      };
    return { ok: true, type, text: name };
  }
  return { ok: true, type: 'string', text };
}
