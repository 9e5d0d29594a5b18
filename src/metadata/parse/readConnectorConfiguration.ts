import type { Diagnostics } from '../internal/Diagnostics';
import { childNamed, childrenNamed, type XmlNode } from '../internal/XmlNode';
import type { FilterPreset, SyncedType } from '../types';
import { fieldByName } from '../fieldByName';
import type { ObjectIndex } from './ObjectIndex';
import { readConflictRules } from './readConflictRules';
import { readFilterPresets } from './readFilterPresets';

const FILE = 'connector_configuration.xml';

/** What connector_configuration.xml contributes to the package (types in document order). */
export interface ConnectorConfiguration {
  readonly syncedTypes: readonly SyncedType[];
  readonly filterPresets: readonly FilterPreset[];
  readonly deletionConfirmation: boolean;
}

/**
 * Reads connector_configuration.xml: synchronized types, their keys and links, presets, features.
 * A type, key, link or rule that names nothing is ignored with a warning; only a package that
 * synchronizes nothing at all is a problem.
 */
export function readConnectorConfiguration(
  d: Diagnostics,
  root: XmlNode,
  objects: ObjectIndex,
): ConnectorConfiguration {
  d.checkKnown(FILE, root, { children: ['types', 'filter_presets', 'features'] });
  const types = childNamed(root, 'types');
  if (types) d.checkKnown(FILE, types, { children: ['type'] });
  const syncedTypes: SyncedType[] = [];
  for (const node of types ? childrenNamed(types, 'type') : []) {
    const type = readSyncedType(d, node, objects);
    if (!type) continue;
    if (syncedTypes.some((t) => t.typeId === type.typeId))
      d.warn(FILE, node.path, `type "${type.typeId}" is listed twice; the first one is used`);
    else syncedTypes.push(type);
  }
  if (syncedTypes.length === 0) {
    d.problem(
      FILE,
      types?.path ?? root.path,
      'the package synchronizes no object: types/type must name at least one object of siebel_meta_info.xml',
    );
  }
  const presetsNode = childNamed(root, 'filter_presets');
  const synced = new Set(syncedTypes.map((t) => t.typeId));
  return {
    syncedTypes,
    filterPresets: presetsNode ? readFilterPresets(d, presetsNode, objects, synced) : [],
    deletionConfirmation: readDeletionConfirmation(d, childNamed(root, 'features')),
  };
}

function readSyncedType(d: Diagnostics, node: XmlNode, objects: ObjectIndex): SyncedType | undefined {
  // state_field appears in Oracle's delete-confirmation example; its meaning is not documented.
  d.checkKnown(FILE, node, { attributes: ['id', 'state_field'], children: ['view', 'synchronizer'] });
  const view = childNamed(node, 'view');
  if (view) {
    d.checkKnown(FILE, view, {
      attributes: ['label', 'label_plural', 'small_icon', 'normal_icon', 'large_icon', 'suppress_sync_ui'],
    });
  }
  const typeId = node.attributes.id?.trim();
  if (!typeId) {
    d.warn(FILE, node.path, 'a type without an id is not synchronized');
    return undefined;
  }
  const object = objects?.get(typeId);
  if (objects && !object) {
    d.warn(FILE, node.path, `type id "${typeId}" names no object of siebel_meta_info.xml; it is not synchronized`);
    return undefined;
  }
  const synchronizer = childNamed(node, 'synchronizer');
  if (synchronizer) {
    // frequency: Oracle's custom-object example; SyncFrequency of siebel_meta_info.xml is what the add-in reads.
    d.checkKnown(FILE, synchronizer, {
      attributes: ['name_format', 'threshold', 'frequency'],
      children: ['links', 'natural_keys', 'conflict_resolution'],
    });
  }
  const fieldName = (fieldNode: XmlNode, what: string, consequence: string): string | undefined => {
    const name = fieldNode.text;
    if (object && !fieldByName(object, name)) {
      d.warn(FILE, fieldNode.path, `${what} "${name}" is not a field of object "${typeId}"; ${consequence}`);
      return undefined;
    }
    return name;
  };
  const links = childNamed(synchronizer ?? node, 'links');
  const naturalKeys = childNamed(synchronizer ?? node, 'natural_keys');
  if (links) d.checkKnown(FILE, links, { children: ['link'] });
  if (naturalKeys) d.checkKnown(FILE, naturalKeys, { children: ['natural_key'] });
  return {
    typeId,
    nameFormat: synchronizer?.attributes.name_format ?? '',
    links: (links ? childrenNamed(links, 'link') : []).flatMap(
      (l) => fieldName(l, 'link field', 'the link is ignored') ?? [],
    ),
    naturalKeys: (naturalKeys ? childrenNamed(naturalKeys, 'natural_key') : []).flatMap((key) => {
      d.checkKnown(FILE, key, { children: ['field'] });
      // A key with a field left out would match more records than meant: the whole key is dropped.
      const fields = childrenNamed(key, 'field').map((f) =>
        fieldName(f, 'natural key field', 'duplicates are not looked for by this key'),
      );
      return fields.length > 0 && fields.every((f) => f !== undefined) ? [fields as string[]] : [];
    }),
    conflictRules: readConflictRules(d, synchronizer, object),
  };
}

/** Asking before deletions reach Siebel is the safe choice, so only an explicit `suppress` turns it off. */
function readDeletionConfirmation(d: Diagnostics, features: XmlNode | undefined): boolean {
  if (!features) return true;
  d.checkKnown(FILE, features, { attributes: ['deletion_confirmation_mode'] });
  const mode = features.attributes.deletion_confirmation_mode?.trim().toLowerCase();
  if (mode === undefined || mode === 'enable') return true;
  if (mode === 'suppress') return false;
  d.warn(
    FILE,
    features.path,
    `deletion_confirmation_mode "${mode}" is neither "enable" nor "suppress"; deletions are confirmed`,
  );
  return true;
}
