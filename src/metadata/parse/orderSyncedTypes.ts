import type { Diagnostics } from '../internal/Diagnostics';
import type { ObjectType, SyncedType } from '../types';

interface Dependency {
  readonly typeId: string;
  readonly nullable: boolean;
}

/**
 * Orders synchronized types so that referenced types come first (a Contact's Account exists
 * locally before the Contact that points to it), keeping document order otherwise. A reference
 * cycle is broken at a nullable reference (the record is written first, the link filled later);
 * a cycle of required references cannot be synchronized and is a problem.
 */
export function orderSyncedTypes(
  d: Diagnostics,
  types: readonly SyncedType[],
  objects: ReadonlyMap<string, ObjectType>,
): SyncedType[] {
  const synced = new Set(types.map((t) => t.typeId));
  const dependencies = new Map(types.map((t) => [t.typeId, dependenciesOf(objects.get(t.typeId), synced)]));
  const placed = new Set<string>();
  const ordered: SyncedType[] = [];
  const unplaced = (id: string) => dependencies.get(id)!.filter((dep) => !placed.has(dep.typeId));
  while (ordered.length < types.length) {
    const remaining = types.filter((t) => !placed.has(t.typeId));
    const next =
      remaining.find((t) => unplaced(t.typeId).length === 0) ??
      remaining.find((t) => unplaced(t.typeId).every((dep) => dep.nullable));
    if (!next) {
      d.problem(
        'siebel_meta_info.xml',
        'SiebelMetaInfo',
        `synchronized types ${remaining.map((t) => `"${t.typeId}"`).join(', ')} reference each other through required (non-IsNullable) fields; make one reference IsNullable`,
      );
      return [...ordered, ...remaining];
    }
    placed.add(next.typeId);
    ordered.push(next);
  }
  return ordered;
}

/** The synchronized types an object references, a reference to itself left out (it never blocks). */
function dependenciesOf(object: ObjectType | undefined, synced: ReadonlySet<string>): Dependency[] {
  const result: Dependency[] = [];
  for (const field of object?.fields ?? []) {
    const target = field.refObjTypeId;
    if (target === undefined || target === object?.typeId || !synced.has(target)) continue;
    result.push({ typeId: target, nullable: field.isNullable });
  }
  return result;
}
