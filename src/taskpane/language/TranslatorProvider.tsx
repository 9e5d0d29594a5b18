import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { intlConfigOf, translatorOver } from '../../i18n';
import type { Catalog, IntlFormatters } from '../../i18n';
import { TranslatorContext } from './TranslatorContext';

/**
 * Gives everything below it the catalog's language: react-intl's provider (for `<FormattedMessage>`)
 * and our {@link useTranslator} over the same formatters.
 */
export function TranslatorProvider({ catalog, children }: { readonly catalog: Catalog; readonly children: ReactNode }) {
  const config = useMemo(() => intlConfigOf(catalog), [catalog]);
  return (
    <IntlProvider {...config}>
      <Bridge catalog={catalog}>{children}</Bridge>
    </IntlProvider>
  );
}

function Bridge({ catalog, children }: { readonly catalog: Catalog; readonly children: ReactNode }) {
  const intl = useIntl();
  const translator = useMemo(() => translatorOver(catalog, intl as unknown as IntlFormatters), [catalog, intl]);
  return <TranslatorContext.Provider value={translator}>{children}</TranslatorContext.Provider>;
}
