import type { CustomizationPackage, ObjectType } from './types';

/** The object type with this TypeId, if the package has one. */
export function findObject(pkg: CustomizationPackage, typeId: string): ObjectType | undefined {
  return pkg.objects.find((o) => o.typeId === typeId);
}
