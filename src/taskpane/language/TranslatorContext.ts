import { createContext, useContext } from 'react';
import { createTranslator, ENGLISH_CATALOG } from '../../i18n';
import type { Translator } from '../../i18n';

/** The translator of the pane's language; English when no provider is above (component tests). */
export const TranslatorContext = createContext<Translator>(createTranslator(ENGLISH_CATALOG));

/** The pane's {@link Translator}: `t(id, values)` for messages, `intl` for dates, numbers and money. */
export function useTranslator(): Translator {
  return useContext(TranslatorContext);
}
