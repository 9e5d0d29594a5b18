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

/** Reads connector_configuration.xml: synchronized types, their keys and links, presets, features. */
export function readConnectorConfiguration(d: Diagnostics, root: XmlNode, objects: ObjectIndex): ConnectorConfiguration {
  d.checkKnown(FILE, root, { children: ['types', 'filter_presets', 'features'] });
  const types = childNamed(root, 'types');
  if (types) d.checkKnown(FILE, types, { children: ['type'] });
  const syncedTypes: SyncedType[] = [];
  for (const node of types ? childrenNamed(types, 'type') : []) {
    const type = readSyncedType(d, node, objects);
    if (type && !syncedTypes.some((t) => t.typeId === type.typeId)) syncedTypes.push(type);
  }
  const presetsNode = childNamed(root, 'filter_presets');
  return {
    syncedTypes,
    filterPresets: presetsNode ? readFilterPresets(d, presetsNode, objects) : [],
    deletionConfirmation: readDeletionConfirmation(d, childNamed(root, 'features')),
  };
}

function readSyncedType(d: Diagnostics, node: XmlNode, objects: ObjectIndex): SyncedType | undefined {
  d.checkKnown(FILE, node, { attributes: ['id'], children: ['view', 'synchronizer'] });
  const view = childNamed(node, 'view');
  if (view) {
    d.checkKnown(FILE, view, {
      attributes: ['label', 'label_plural', 'small_icon', 'normal_icon', 'large_icon', 'suppress_sync_ui'],
    });
  }
  const typeId = d.required(FILE, node, 'id');
  if (typeId === undefined) return undefined;
  const object = objects?.get(typeId);
  if (objects && !object) {
    d.problem(FILE, node.path, `type id "${typeId}" names no object of siebel_meta_info.xml`);
    return undefined;
  }
  const synchronizer = childNamed(node, 'synchronizer');
  if (synchronizer) {
    d.checkKnown(FILE, synchronizer, { attributes: ['name_format', 'threshold'], children: ['links', 'natural_keys', 'conflict_resolution'] });
  }
  const fieldName = (fieldNode: XmlNode, what: string): string | undefined => {
    const name = fieldNode.text;
    if (object && !fieldByName(object, name)) {
      d.problem(FILE, fieldNode.path, `${what} "${name}" is not a field of object "${typeId}"`);
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
    links: (links ? childrenNamed(links, 'link') : []).flatMap((l) => fieldName(l, 'link field') ?? []),
    naturalKeys: (naturalKeys ? childrenNamed(naturalKeys, 'natural_key') : []).flatMap((key) => {
      d.checkKnown(FILE, key, { children: ['field'] });
      const fields = childrenNamed(key, 'field').map((f) => fieldName(f, 'natural key field'));
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
  d.warn(FILE, features.path, `deletion_confirmation_mode "${mode}" is neither "enable" nor "suppress"; deletions are confirmed`);
  return true;
}
