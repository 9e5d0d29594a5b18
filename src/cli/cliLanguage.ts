import { createTranslator, ENGLISH_CATALOG, loadCatalog, pickLocale } from '../i18n';
import type { Translator } from '../i18n';

/** English: the CLI's language when the environment names none it speaks, and the default of its functions. */
export const ENGLISH: Translator = createTranslator(ENGLISH_CATALOG);

/**
 * A POSIX locale name as a BCP 47 tag: `de_DE.UTF-8` → `de-DE`, `fr_CA@euro` → `fr-CA`; `C`,
 * `POSIX` and empty names give nothing (they ask for no language).
 */
export function posixToBcp47(name: string | undefined): string | undefined {
  const tag = name?.split(/[.@]/)[0].replace(/_/g, '-');
  return !tag || tag === 'C' || tag === 'POSIX' ? undefined : tag;
}

/**
 * The translator of the terminal's language, looked up as POSIX does for messages: `LC_ALL`,
 * then `LC_MESSAGES`, then `LANG`; English when none names a language the add-in speaks.
 */
export async function cliTranslator(env: Readonly<Record<string, string | undefined>>): Promise<Translator> {
  const choice = pickLocale([env.LC_ALL, env.LC_MESSAGES, env.LANG].map(posixToBcp47));
  return choice.uiLocale === 'en' ? ENGLISH : createTranslator(await loadCatalog(choice));
}
