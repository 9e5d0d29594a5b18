import { parse } from '@formatjs/icu-messageformat-parser';
import { createIntl } from '@formatjs/intl';
import { describe, expect, it } from 'vitest';
import { createTranslator, loadCatalog, pickLocale, pseudoLocalize } from '../../../src/i18n';

describe('pickLocale', () => {
  it.each([
    [['de-AT', 'en-US'], 'de', 'de-AT'],
    [['fr-CA'], 'fr', 'fr-CA'],
    [['ja-JP'], 'ja', 'ja-JP'],
    [['es-419'], 'es', 'es-419'],
    [['EN-gb'], 'en', 'en-GB'],
    [['pt-BR', 'es-ES'], 'es', 'es-ES'],
    [['pt-BR'], 'en', 'en-US'],
    [['', 'not a tag!', 'de'], 'de', 'de'],
    [[undefined, null], 'en', 'en-US'],
    [['qps-ploc'], 'qps-ploc', 'en-US'],
  ] as const)('%j → %s (formats as %s)', (preferred, uiLocale, formattingLocale) => {
    expect(pickLocale(preferred)).toEqual({ uiLocale, formattingLocale });
  });
});

describe('pseudoLocalize', () => {
  it('accents the text, pads it by 40 % and keeps placeholders and plural syntax', () => {
    const message = 'Synchronized {count, plural, one {# record} other {# records}} for {user}';
    const pseudo = pseudoLocalize(message);
    expect(() => parse(pseudo)).not.toThrow();
    expect(pseudo).toMatch(/^\[Šýñçĥŕöñîžéð /);
    expect(pseudo).toContain('{user}');
    // What a person sees grows by 40 %: compare the formatted texts, not the ICU sources.
    const render = (text: string) =>
      createIntl({ locale: 'en', messages: { m: text } }).formatMessage({ id: 'm' }, { count: 1, user: 'Ann' });
    expect(render(pseudo)).toMatch(/^\[Šýñçĥŕöñîžéð 1 ŕéçöŕð ƒöŕ Ann[· ]+\]$/);
    expect(render(pseudo).length).toBeGreaterThanOrEqual(render(message).length * 1.4);
  });

  it('formats like English, only longer', async () => {
    const pseudo = createTranslator(await loadCatalog({ uiLocale: 'qps-ploc', formattingLocale: 'en-US' }));
    const text = pseudo.t('app.tab.issues.badge', { count: 3 });
    expect(text).toMatch(/^\[3 öþéñ[· ]+\]$/);
  });

  it("keeps ICU's quoting of apostrophes", () => {
    expect(() => parse(pseudoLocalize("The server's answer: '{'not a placeholder'}'"))).not.toThrow();
  });
});
