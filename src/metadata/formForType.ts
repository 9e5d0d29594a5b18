import type { CustomizationPackage, FormDefinition } from './types';

/** The detail form siebel_basic_mapping.xml assigns to a type, if any. */
export function formForType(pkg: CustomizationPackage, typeId: string): FormDefinition | undefined {
  return pkg.forms.find((f) => f.typeId === typeId);
}
