import type { Diagnostics } from '../internal/Diagnostics';
import { childNamed, childrenNamed, type XmlNode } from '../internal/XmlNode';
import type { CustomizationPackage, ObjectType, PicklistDefinition } from '../types';
import { readObjectType } from './readObjectType';
import { readPicklists } from './readPicklists';

const FILE = 'siebel_meta_info.xml';
/** Oracle's documented default for both batch limits. */
const DEFAULT_BATCH_LIMIT = 50;

/** What siebel_meta_info.xml contributes to the package. */
export interface MetaInfo {
  readonly commonSettings: CustomizationPackage['commonSettings'];
  readonly objects: readonly ObjectType[];
  readonly picklists: readonly PicklistDefinition[];
}

/** Reads siebel_meta_info.xml: batch limits, every object type with its fields, the pick-lists. */
export function readMetaInfo(d: Diagnostics, root: XmlNode): MetaInfo {
  d.checkKnown(FILE, root, { children: ['common_settings', 'object', 'picklist', 'delays_schedule'] });
  for (const node of childrenNamed(root, 'delays_schedule')) {
    d.warn(FILE, node.path, 'delays_schedule is not applied: the add-in does not delay its requests by day and hour');
  }
  const objects: ObjectType[] = [];
  const typeIds = new Set<string>();
  for (const node of childrenNamed(root, 'object')) {
    const object = readObjectType(d, node);
    if (!object) continue;
    if (typeIds.has(object.typeId)) {
      d.warn(FILE, node.path, `duplicate object TypeId "${object.typeId}"; the first definition is used`);
      continue;
    }
    typeIds.add(object.typeId);
    objects.push(object);
  }
  checkReferenceTargets(d, root, typeIds);
  return {
    commonSettings: readCommonSettings(d, childNamed(root, 'common_settings')),
    objects,
    picklists: readPicklists(d, root, new Map(objects.map((o) => [o.typeId, o]))),
  };
}

function readCommonSettings(d: Diagnostics, node: XmlNode | undefined): MetaInfo['commonSettings'] {
  if (!node) return { maxCommandsPerBatch: DEFAULT_BATCH_LIMIT, maxIdsPerCommand: DEFAULT_BATCH_LIMIT };
  d.checkKnown(FILE, node, { children: ['max_commands_per_batch', 'max_ids_per_command'] });
  return {
    maxCommandsPerBatch: readLimit(childNamed(node, 'max_commands_per_batch')),
    maxIdsPerCommand: readLimit(childNamed(node, 'max_ids_per_command')),
  };
}

/** Oracle: a value that is not a positive integer means "no limit". */
function readLimit(node: XmlNode | undefined): number | null {
  if (!node || node.text === '') return DEFAULT_BATCH_LIMIT;
  return /^\+?\d+$/.test(node.text) && Number(node.text) > 0 ? Number(node.text) : null;
}

function checkReferenceTargets(d: Diagnostics, root: XmlNode, typeIds: ReadonlySet<string>): void {
  for (const object of childrenNamed(root, 'object')) {
    for (const field of childrenNamed(object, 'field')) {
      const target = field.attributes.RefObjTypeId?.trim();
      if (target && !typeIds.has(target)) {
        d.problem(FILE, field.path, `RefObjTypeId "${target}" names no object of siebel_meta_info.xml`);
      }
    }
  }
}
