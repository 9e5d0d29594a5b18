import { displayText, findObject } from '../../../metadata';
import type { CustomizationPackage } from '../../../metadata';

/** The plural display name of a TypeId in `locale` (e.g. "Accounts"), or the TypeId itself. */
export function typeLabel(pkg: CustomizationPackage | null, typeId: string, locale: string): string {
  const object = pkg ? findObject(pkg, typeId) : undefined;
  return object && pkg ? displayText(pkg, object.labelPlural || object.label, locale) : typeId;
}
