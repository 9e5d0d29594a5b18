import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { createTranslator, ENGLISH_CATALOG, loadCatalog, SHIPPED_LOCALES } from '../../../src/i18n';
import type { Messages } from '../../../src/i18n';

/** The placeholder names a message uses, with their kind (`count:plural`, `name:argument`…). */
function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      placeholders(element.children, into);
      continue;
    }
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) placeholders(option.value, into);
  }
  return into;
}

const english = ENGLISH_CATALOG.messages as Readonly<Record<string, string>>;

describe('the message catalogs', () => {
  it('has English messages that are valid ICU', () => {
    expect(Object.keys(english).length).toBeGreaterThan(0);
    for (const [id, message] of Object.entries(english)) expect(() => parse(message), id).not.toThrow();
  });

  it.each(SHIPPED_LOCALES.filter((locale) => locale !== 'en'))(
    '%s has every English id, valid ICU, and the same placeholders',
    async (uiLocale) => {
      const { messages } = await loadCatalog({ uiLocale, formattingLocale: uiLocale });
      const translated = messages as Readonly<Record<string, string>>;
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      for (const [id, message] of Object.entries(english)) {
        const theirs = translated[id];
        expect(theirs.trim().length, `${uiLocale} ${id} is empty`).toBeGreaterThan(0);
        expect([...placeholders(parse(theirs))].sort(), `${uiLocale} ${id}`).toEqual(
          [...placeholders(parse(message))].sort(),
        );
      }
    },
  );

  it('formats plurals and numbers by the locale, not by concatenation', async () => {
    const german = createTranslator(await loadCatalog({ uiLocale: 'de', formattingLocale: 'de-DE' }));
    expect(german.t('app.tab.issues.badge', { count: 1200 })).toBe('1.200 offen');
    expect(german.format.formatNumber(1234.5)).toBe('1.234,5');
    const english = createTranslator(ENGLISH_CATALOG);
    expect(english.t('app.tab.issues.badge', { count: 2 })).toBe('2 open');
    const french = createTranslator(await loadCatalog({ uiLocale: 'fr', formattingLocale: 'fr-FR' }));
    expect(french.t('app.tab.issues.badge', { count: 1 })).toBe('1 ouvert');
    expect(french.t('app.tab.issues.badge', { count: 3 })).toBe('3 ouverts');
  });

  it('types every catalog as complete', () => {
    // A compile-time guarantee, checked here so a loosened type shows up as a failing test.
    const check: Messages = ENGLISH_CATALOG.messages;
    expect(check).toBe(ENGLISH_CATALOG.messages);
  });
});
