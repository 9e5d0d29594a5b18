import type { CustomizationPackage, PackageWarning } from './types';

/**
 * What the parser ignored or degraded in the package (`[]` for a hand-built model), in the order it
 * was found: for the sync log and the task pane's package details.
 *
 * @example
 * for (const w of packageWarnings(pkg)) log.warn(`${w.file} ${w.path}: ${w.message}`);
 */
export function packageWarnings(pkg: CustomizationPackage): readonly PackageWarning[] {
  return pkg.warnings ?? [];
}
