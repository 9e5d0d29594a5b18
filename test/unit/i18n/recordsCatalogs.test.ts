import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { createTranslator, ENGLISH_CATALOG, loadCatalog, SHIPPED_LOCALES } from '../../../src/i18n';
import type { MessageId, MessageValues } from '../../../src/i18n';

const OURS = /^(records|edit|email)\./;
const ids = Object.keys(ENGLISH_CATALOG.messages).filter((id) => OURS.test(id)) as MessageId[];

/** A value for every placeholder: numbers for plural and number arguments, text for the others. */
function sampleValues(elements: MessageFormatElement[], into: Record<string, string | number> = {}) {
  for (const element of elements) {
    if (element.type === TYPE.plural || element.type === TYPE.number) into[element.value] = 3;
    else if (element.type === TYPE.argument || element.type === TYPE.select) into[element.value] ??= 'X';
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) sampleValues(option.value, into);
  }
  return into;
}

describe('the records, edit and email catalogs', () => {
  it.each(SHIPPED_LOCALES)('%s formats every message of the area', async (uiLocale) => {
    const translator = createTranslator(await loadCatalog({ uiLocale, formattingLocale: uiLocale }));
    for (const id of ids) {
      const values: MessageValues = sampleValues(parse(ENGLISH_CATALOG.messages[id]));
      const text = translator.t(id, values);
      expect(text, `${uiLocale} ${id}`).not.toBe(id);
      expect(text, `${uiLocale} ${id}`).not.toMatch(/[{}]/);
    }
  });

  it('keeps the English wording the views showed before the catalogs', () => {
    const { t } = createTranslator(ENGLISH_CATALOG);
    expect(t('email.share.linked', { name: 'Renewal', names: 'Acme, David Rossi' })).toBe(
      "Shared with Siebel as activity 'Renewal' — linked to Acme, David Rossi",
    );
    expect(t('records.list.count', { count: 300, singular: 'account', plural: 'accounts' })).toBe('300 accounts');
    expect(t('records.list.count', { count: 1, singular: 'account', plural: 'accounts' })).toBe('1 account');
    expect(t('records.related.heading', { list: 'Contacts', count: 1200 })).toBe('Contacts (1,200)');
    expect(t('email.role', { role: 'Cc' })).toBe('Cc');
    expect(t('email.share.notShared', { itemType: 'meeting' })).toBe('This meeting is not shared with Siebel.');
  });

  it('words lists of names and labels inside sentences as each language does', async () => {
    const of = async (uiLocale: (typeof SHIPPED_LOCALES)[number], formattingLocale: string) =>
      createTranslator(await loadCatalog({ uiLocale, formattingLocale }));
    const french = await of('fr', 'fr-FR');
    expect(french.t('records.list.search', { label: 'comptes' })).toBe('Rechercher des comptes');
    expect(french.t('email.share.notShared', { itemType: 'meeting' })).toBe(
      'Cette réunion n’est pas partagée avec Siebel.',
    );
    const japanese = await of('ja', 'ja-JP');
    expect(japanese.t('email.role', { role: 'From' })).toBe('差出人');
    expect(japanese.t('records.list.count', { count: 1200, singular: '取引先', plural: '取引先' })).toBe(
      '取引先 1,200 件',
    );
  });
});
