import type { Diagnostics } from '../internal/Diagnostics';
import type { ObjectType, PicklistDefinition, SyncedType } from '../types';

const FILE = 'siebel_meta_info.xml';

/**
 * Warns about a field whose `PicklistTypeId` names no usable pick-list, and about a pick-list whose
 * values come from an object the package does not synchronize (there are no local records to take
 * them from). Either way the field takes free text, which Siebel checks on upload. A `HasPicklist`
 * field that names no pick-list is not warned about: Oracle's packages keep such values in Outlook
 * folder types the add-in does not have.
 */
export function checkPicklistLinks(
  d: Diagnostics,
  objects: readonly ObjectType[],
  picklists: readonly PicklistDefinition[],
  syncedTypes: readonly SyncedType[],
): void {
  const synced = new Set(syncedTypes.map((t) => t.typeId));
  const byId = new Map(picklists.map((p) => [p.typeId, p]));
  for (const object of objects) {
    if (!synced.has(object.typeId)) continue;
    for (const field of object.fields) {
      if (field.picklistTypeId === undefined) continue;
      const path = `SiebelMetaInfo/object[@TypeId='${object.typeId}']/field[@Name='${field.name}']`;
      const picklist = byId.get(field.picklistTypeId);
      if (!picklist) {
        d.warn(
          FILE,
          path,
          `PicklistTypeId "${field.picklistTypeId}" names no usable picklist; the field takes free text`,
        );
      } else if (picklist.source && !synced.has(picklist.source.objectTypeId)) {
        d.warn(
          FILE,
          path,
          `the values of picklist "${picklist.typeId}" come from "${picklist.source.objectTypeId}", which the package does not synchronize; the field takes free text`,
        );
      }
    }
  }
}
