import type { ObjectType } from '../types';

/** Object types by TypeId, for checking cross-file references; `undefined` when meta info is unusable. */
export type ObjectIndex = ReadonlyMap<string, ObjectType> | undefined;

/** Builds the index of the objects read from siebel_meta_info.xml. */
export function indexObjects(objects: readonly ObjectType[] | undefined): ObjectIndex {
  return objects ? new Map(objects.map((o) => [o.typeId, o])) : undefined;
}
