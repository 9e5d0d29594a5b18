import type { CustomizationPackage } from './types';

/**
 * The text to show for a raw display string of the package: a `#key` is looked up in the
 * strings of `locale` (`de-DE`, `de_DE`, or just `de`, which takes the first `de_XX` file), then in
 * package_res.xml, and shows as the bare key when neither has it. Anything else is a literal.
 *
 * @example
 * displayText(pkg, '#obj_contact', 'de-DE'); // "Kontakt" when package_res.de_DE.xml has it
 */
export function displayText(pkg: CustomizationPackage, raw: string, locale?: string): string {
  if (!raw.startsWith('#') || raw.length === 1) return raw;
  const key = raw.slice(1);
  const localized = locale === undefined ? undefined : localeStrings(pkg, locale);
  return localized?.[key] ?? pkg.strings.default[key] ?? key;
}

function localeStrings(pkg: CustomizationPackage, locale: string): Readonly<Record<string, string>> | undefined {
  const [language = '', region] = locale.trim().split(/[-_]/);
  const byLocale = pkg.strings.byLocale;
  const exact = region ? byLocale[`${language.toLowerCase()}_${region.toUpperCase()}`] : undefined;
  if (exact) return exact;
  // Sorted so that the fallback for a bare language does not depend on the server's file order.
  const sameLanguage = Object.keys(byLocale)
    .filter((name) => name.startsWith(`${language.toLowerCase()}_`))
    .sort();
  return sameLanguage.length > 0 ? byLocale[sameLanguage[0]] : undefined;
}
