import { useCallback } from 'react';
import { displayText } from '../../metadata';
import type { CustomizationPackage } from '../../metadata';
import { useAppContext } from '../AppContext';

/**
 * A function that turns a package's raw display string (`#obj_contact`) into text in Outlook's
 * display language, falling back to the package default, then to the raw key.
 *
 * @example
 * const text = useDisplayText(pkg);
 * text(object.labelPlural); // "Kontakte" in a German Outlook
 */
export function useDisplayText(pkg: CustomizationPackage | null): (raw: string) => string {
  const locale = useAppContext().services.host.displayLanguage;
  return useCallback((raw: string) => (pkg ? displayText(pkg, raw, locale) : raw.replace(/^#/, '')), [pkg, locale]);
}
