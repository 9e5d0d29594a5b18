import type { CustomizationPackage, FilterPreset } from './types';

/** The preset marked `default="true"`; `undefined` when none is (then nothing is filtered by default). */
export function defaultPreset(pkg: CustomizationPackage): FilterPreset | undefined {
  return pkg.filterPresets.find((p) => p.isDefault);
}
