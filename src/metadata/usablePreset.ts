import { defaultPreset } from './defaultPreset';
import type { CustomizationPackage, FilterPreset } from './types';

/**
 * The preset to synchronize with: the one the user chose (`name`, the raw preset name) when the
 * package still has it and the add-in can apply it, else the package's default preset, else
 * `undefined` (no filter). Never returns an unavailable preset.
 *
 * @example
 * const preset = usablePreset(pkg, options.filterPreset ?? null);
 * const spec = preset?.filters[typeId] ? buildSearchSpec(preset.filters[typeId], object.recordElemName, now) : '';
 */
export function usablePreset(pkg: CustomizationPackage, name: string | null): FilterPreset | undefined {
  const chosen = name === null ? undefined : pkg.filterPresets.find((p) => p.name === name);
  return chosen && chosen.unavailable === undefined ? chosen : defaultPreset(pkg);
}
