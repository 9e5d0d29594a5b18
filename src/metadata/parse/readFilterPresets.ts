import type { Diagnostics } from '../internal/Diagnostics';
import { childrenNamed, type XmlNode } from '../internal/XmlNode';
import type { FilterGroup, FilterPreset } from '../types';
import type { ObjectIndex } from './ObjectIndex';
import { readFilterItems, type FilterFault } from './readFilterItems';

const FILE = 'connector_configuration.xml';

/**
 * Reads `filter_presets/preset`. One preset never sinks the package: a preset the add-in cannot
 * translate stays in the model with `unavailable` set and a warning per fault. `default="true"` is
 * our attribute (Oracle documents that one preset can be the default, not how); when several
 * presets carry it, the first keeps it. `synced` (the synchronized TypeIds) tells which type
 * filters matter: the filter of a type the package does not synchronize is ignored.
 */
export function readFilterPresets(
  d: Diagnostics,
  node: XmlNode,
  objects: ObjectIndex,
  synced: ReadonlySet<string>,
): FilterPreset[] {
  d.checkKnown(FILE, node, { children: ['preset'] });
  const presets = childrenNamed(node, 'preset').flatMap((preset) => readPreset(d, preset, objects, synced) ?? []);
  const marked = presets.filter((p) => p.isDefault);
  if (marked.length > 1) {
    d.warn(
      FILE,
      node.path,
      `${marked.length} presets are marked default="true" (${marked.map((p) => p.name).join(', ')}); the first one is the default`,
    );
  }
  return presets.map((p) => (p.isDefault && p !== marked[0] ? { ...p, isDefault: false } : p));
}

function readPreset(
  d: Diagnostics,
  node: XmlNode,
  objects: ObjectIndex,
  synced: ReadonlySet<string>,
): FilterPreset | undefined {
  d.checkKnown(FILE, node, { attributes: ['name', 'default'], children: ['type'] });
  const name = node.attributes.name?.trim();
  if (!name) {
    d.warn(FILE, node.path, 'a preset without a name cannot be chosen and is ignored');
    return undefined;
  }
  const isDefault = ['true', 'yes'].includes(node.attributes.default?.trim().toLowerCase() ?? '');
  const filters: Record<string, FilterGroup> = {};
  const faults: FilterFault[] = [];
  for (const type of childrenNamed(node, 'type')) {
    d.checkKnown(FILE, type, { attributes: ['id'], children: ['group', 'binary', 'collection'] });
    const typeId = type.attributes.id?.trim() ?? '';
    if (!isFilterable(d, type, typeId, objects, synced)) continue;
    const items = readFilterItems({ d, typeId, object: objects?.get(typeId), objects, faults }, type);
    // Several top-level items of one type are read as one "and" group: every one must hold.
    filters[typeId] =
      items.length === 1 && items[0].kind === 'group' ? items[0] : { kind: 'group', link: 'and', items };
  }
  for (const fault of faults) d.warn(FILE, fault.path, `${fault.reason}; the preset "${name}" cannot be used`);
  const unavailable = [...new Set(faults.map((f) => f.reason))].join('; ');
  return { name, isDefault, filters, ...(unavailable ? { unavailable } : {}) };
}

/** A preset's type that names nothing synchronized filters nothing: it is ignored, the preset stays usable. */
function isFilterable(
  d: Diagnostics,
  type: XmlNode,
  typeId: string,
  objects: ObjectIndex,
  synced: ReadonlySet<string>,
): boolean {
  if (typeId === '') {
    d.warn(FILE, type.path, 'a preset type without an id filters nothing and is ignored');
    return false;
  }
  if (objects && !objects.has(typeId)) {
    d.warn(FILE, type.path, `type id "${typeId}" names no object of siebel_meta_info.xml; its filter is ignored`);
    return false;
  }
  if (objects && !synced.has(typeId)) {
    d.warn(FILE, type.path, `the package does not synchronize "${typeId}"; its filter is ignored`);
    return false;
  }
  return true;
}
