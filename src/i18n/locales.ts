/** The languages the add-in's own UI is translated into; English is also the fallback. */
export const SHIPPED_LOCALES = ['en', 'de', 'fr', 'es', 'ja'] as const;

/**
 * Microsoft's pseudo-locale tag: English made accented and 40 % longer ({@link pseudoLocalize}), so a
 * browser test sees at once a string that is cut off or not taken from the catalogs.
 */
export const PSEUDO_LOCALE = 'qps-ploc';

/** A language of the UI: one of {@link SHIPPED_LOCALES} or the pseudo-locale. */
export type UiLocale = (typeof SHIPPED_LOCALES)[number] | typeof PSEUDO_LOCALE;

/** What the UI speaks, and the full tag dates and numbers are formatted for (`de-AT` keeps Austria's formats). */
export interface LocaleChoice {
  readonly uiLocale: UiLocale;
  readonly formattingLocale: string;
}

/**
 * The first of `preferred` (Outlook's display language first, then the browser's languages) that
 * the add-in speaks, matched on the language subtag (`de-CH` → German, `pt-BR` → none); English when
 * none matches. Empty and malformed tags are skipped.
 */
export function pickLocale(preferred: readonly (string | null | undefined)[]): LocaleChoice {
  for (const tag of preferred) {
    const canonical = canonicalTag(tag);
    if (canonical === undefined) continue;
    if (canonical.toLowerCase() === PSEUDO_LOCALE) return { uiLocale: PSEUDO_LOCALE, formattingLocale: 'en-US' };
    const language = canonical.split('-')[0].toLowerCase();
    const shipped = SHIPPED_LOCALES.find((locale) => locale === language);
    if (shipped) return { uiLocale: shipped, formattingLocale: canonical };
  }
  return { uiLocale: 'en', formattingLocale: 'en-US' };
}

function canonicalTag(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  if (tag.toLowerCase() === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
