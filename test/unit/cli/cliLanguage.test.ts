import { describe, expect, it } from 'vitest';
import { cliTranslator, posixToBcp47 } from '../../../src/cli/cliLanguage';
import { formatSummary } from '../../../src/cli/formatSummary';
import { progressLine } from '../../../src/cli/progressPrinter';
import type { SyncReport } from '../../../src/sync';

const report: SyncReport = {
  kind: 'initial',
  reason: 'firstUse',
  outcome: 'succeeded',
  packageId: '1-PKG',
  hashValue: 'h',
  responsibilityId: 'R',
  counts: { Account: { added: 1000, changed: 0, removed: 0 } },
  durationMs: 42_000,
  sessions: { opened: 4, closed: 4 },
  issues: [],
  uploads: { inserted: 1, updated: 0, deleted: 0, issues: 0 },
};

describe('the CLI language', () => {
  it('reads POSIX locale names', () => {
    expect(['de_DE.UTF-8', 'fr_CA@euro', 'ja_JP', 'C', 'POSIX', '', undefined].map(posixToBcp47)).toEqual([
      'de-DE',
      'fr-CA',
      'ja-JP',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('follows LC_ALL, then LC_MESSAGES, then LANG, and falls back to English', async () => {
    expect((await cliTranslator({ LC_ALL: 'fr_FR.UTF-8', LANG: 'de_DE.UTF-8' })).uiLocale).toBe('fr');
    expect((await cliTranslator({ LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'de_DE.UTF-8' })).uiLocale).toBe('ja');
    expect((await cliTranslator({ LANG: 'de_AT.UTF-8' })).formattingLocale).toBe('de-AT');
    expect((await cliTranslator({ LANG: 'C.UTF-8' })).uiLocale).toBe('en');
    expect((await cliTranslator({ LANG: 'pt_BR.UTF-8' })).uiLocale).toBe('en');
  });

  it('prints the summary and the progress in German, the labels still in one column', async () => {
    const german = await cliTranslator({ LANG: 'de_DE.UTF-8' });
    const text = formatSummary(report, { Account: 1000 }, german);
    expect(text).toMatch(/^Synchronisierung: Erstsynchronisierung \(firstUse\), erfolgreich$/m);
    expect(text).toMatch(/^Dauer: {12}42,00 s$/m);
    expect(text).toMatch(/^Gesendet: {9}1 neu, 0 geändert, 0 gelöscht, 0 nicht gesendet \(Probleme\)$/m);
    expect(text).toMatch(/^Objekt +Neu +Geändert +Entfernt +Gesamt$/m);
    expect(
      progressLine(
        {
          phase: 'downloading',
          kind: 'initial',
          typeId: 'Account',
          recordsWritten: 50,
          recordsExpected: null,
          pages: 2,
          elapsedMs: 1500,
        },
        german,
      ),
    ).toBe('downloading Account: 50 Datensätze, 2 Seiten (1,5 s)');
  });
});
