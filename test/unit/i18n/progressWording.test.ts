import { describe, expect, it } from 'vitest';
import { countsText, createTranslator, ENGLISH_CATALOG, loadCatalog, totalCounts } from '../../../src/i18n';

// describeProgress: test/unit/taskpane/syncTab/helpers.test.ts; progressLogLine: test/unit/sync/cli/progressPrinter.test.ts.

describe('countsText', () => {
  const counts = { A: { added: 1200, changed: 1, removed: 0 }, B: { added: 4, changed: 2, removed: 1 } };

  it('adds up every type', () => {
    expect(totalCounts(counts)).toEqual({ added: 1204, changed: 3, removed: 1 });
    expect(totalCounts({})).toEqual({ added: 0, changed: 0, removed: 0 });
  });

  it('groups the numbers as the formatting locale writes them', () => {
    expect(countsText(createTranslator(ENGLISH_CATALOG), counts)).toBe('1,204 new, 3 changed, 1 removed');
    expect(countsText(createTranslator({ ...ENGLISH_CATALOG, formattingLocale: 'de-DE' }), counts)).toBe(
      '1.204 new, 3 changed, 1 removed',
    );
  });

  it('speaks the catalog’s language', async () => {
    const german = createTranslator(await loadCatalog({ uiLocale: 'de', formattingLocale: 'de-DE' }));
    expect(countsText(german, counts)).toBe('1.204 neu, 3 geändert, 1 entfernt');
    const french = createTranslator(await loadCatalog({ uiLocale: 'fr', formattingLocale: 'fr-FR' }));
    expect(countsText(french, { A: { added: 1, changed: 2, removed: 0 } })).toBe('1 nouveau, 2 modifiés, 0 supprimé');
  });
});
