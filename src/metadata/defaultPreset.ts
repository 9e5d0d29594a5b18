import type { CustomizationPackage, FilterPreset } from './types';

/**
 * The preset the package recommends: the one marked `default="true"` when the add-in can apply it.
 * When the marked one is unavailable, the first usable preset takes its place (the administrator
 * asked for a filter, so downloading everything would be the wrong fallback). `undefined` when no
 * preset is marked (nothing is filtered by default) or none is usable.
 *
 * @example
 * const recommended = defaultPreset(pkg)?.name;
 */
export function defaultPreset(pkg: CustomizationPackage): FilterPreset | undefined {
  const marked = pkg.filterPresets.find((p) => p.isDefault);
  if (!marked) return undefined;
  return marked.unavailable === undefined ? marked : pkg.filterPresets.find((p) => p.unavailable === undefined);
}
