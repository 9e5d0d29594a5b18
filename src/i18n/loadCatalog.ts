import type { Messages } from './Messages';
import type { LocaleChoice, UiLocale } from './locales';
import { messages as english } from './messages/en';
import { pseudoLocalize } from './pseudoLocalize';

/** The messages of one language with the locale to format dates and numbers in. */
export interface Catalog extends LocaleChoice {
  readonly messages: Messages;
}

/** English, bundled with every page: the fallback, and what tests render unless they ask otherwise. */
export const ENGLISH_CATALOG: Catalog = { uiLocale: 'en', formattingLocale: 'en-US', messages: english };

/**
 * The catalog of `choice`. English is in the page's bundle; every other language is a chunk of its
 * own, fetched only by the users who read it, so a German user downloads no Japanese.
 */
export async function loadCatalog(choice: LocaleChoice): Promise<Catalog> {
  const messages = await messagesOf(choice.uiLocale);
  return { ...choice, messages };
}

async function messagesOf(locale: UiLocale): Promise<Messages> {
  switch (locale) {
    case 'en':
      return english;
    case 'qps-ploc':
      return Object.fromEntries(
        Object.entries(english as Readonly<Record<string, string>>).map(([id, message]) => [
          id,
          pseudoLocalize(message),
        ]),
      ) as unknown as Messages;
    case 'de':
      return (await import(/* webpackChunkName: "messages-de" */ './messages/de')).messages;
    case 'fr':
      return (await import(/* webpackChunkName: "messages-fr" */ './messages/fr')).messages;
    case 'es':
      return (await import(/* webpackChunkName: "messages-es" */ './messages/es')).messages;
    case 'ja':
      return (await import(/* webpackChunkName: "messages-ja" */ './messages/ja')).messages;
  }
}
