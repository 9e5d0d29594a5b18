import type { Diagnostics } from '../internal/Diagnostics';
import type { XmlNode } from '../internal/XmlNode';
import { fieldByName } from '../fieldByName';
import type { ObjectType, PicklistSource } from '../types';

const FILE = 'siebel_meta_info.xml';
/** `[Field Name] = 'text'` or `<>`, with single or double quotes (Siebel accepts both); a quote inside is doubled. */
const COMPARISON = /\s*\(?\s*\[([^\]]+)\]\s*(=|<>)\s*(?:'((?:[^']|'')*)'|"((?:[^"]|"")*)")\s*\)?\s*/y;
const AND = /AND(?=[\s([])/iy;

type MasterConditions = NonNullable<PicklistSource['masterConditions']>;

/**
 * Reads a pick-list's `master_filter_expr` so it can be applied to the local records the values
 * come from. Oracle's example (`[Active] = 'Y'`) is a comparison; comparisons joined by AND are
 * read. Anything else is kept as text only, with a warning: the list may then offer values the
 * expression excludes, and Siebel refuses them on upload.
 */
export function readMasterFilter(
  d: Diagnostics,
  node: XmlNode,
  object: ObjectType,
): PicklistSource['masterConditions'] {
  const conditions = parseConjunction(node.text);
  if (conditions && conditions.every((c) => fieldByName(object, c.field))) return conditions;
  d.warn(
    FILE,
    node.path,
    `master_filter_expr "${node.text}" is not applied to the local records (the add-in reads [Field] = 'value' comparisons of the object's fields joined by AND)`,
  );
  return undefined;
}

/** Comparisons joined by AND, read left to right (so an "and" inside a quoted value is not a join). */
function parseConjunction(text: string): MasterConditions | undefined {
  const conditions: MasterConditions[number][] = [];
  let at = 0;
  for (;;) {
    COMPARISON.lastIndex = at;
    const match = COMPARISON.exec(text);
    if (!match) return undefined;
    const value = match[3] !== undefined ? match[3].replace(/''/g, "'") : match[4].replace(/""/g, '"');
    conditions.push({ field: match[1].trim(), op: match[2] as '=' | '<>', value });
    at = COMPARISON.lastIndex;
    if (at === text.length) return conditions;
    AND.lastIndex = at;
    if (!AND.test(text)) return undefined;
    at = AND.lastIndex;
  }
}
