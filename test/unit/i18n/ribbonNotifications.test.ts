import { describe, expect, it } from 'vitest';
import {
  alreadyRunningMessage,
  failureMessage,
  MAX_NOTIFICATION_LENGTH,
  pausedMessage,
  progressMessage,
  resultMessage,
  runningMessage,
  signInMessage,
  signInTooSlowMessage,
  timeLimitMessage,
} from '../../../src/commands/syncMessages';
import { createTranslator, loadCatalog, SHIPPED_LOCALES } from '../../../src/i18n';
import type { Translator } from '../../../src/i18n';
import type { SyncProgress, SyncReport } from '../../../src/sync';
import { downloading, report } from '../commands/syncNowHarness';

// Outlook refuses a notification over 150 characters: every language's ribbon texts must fit, with large counts too.

const FORMATTING: Readonly<Record<(typeof SHIPPED_LOCALES)[number], string>> = {
  en: 'en-US',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  ja: 'ja-JP',
};

async function translatorOf(uiLocale: (typeof SHIPPED_LOCALES)[number]): Promise<Translator> {
  return createTranslator(await loadCatalog({ uiLocale, formattingLocale: FORMATTING[uiLocale] }));
}

/** Every notification the ribbon can show, with the largest figures a run reports. */
function everyNotification(t: Translator): string[] {
  const big = 123_456_789;
  const progress: SyncProgress[] = [
    downloading('Opportunity', 1_234_567, 12_345_678),
    downloading('ServiceRequestActivityAttachment', 1_234_567, 12_345_678),
    downloading('Account', 12_345_678, null),
    { ...downloading('Account', 5, null), phase: 'uploading' },
  ];
  const reports: SyncReport[] = [
    report({ counts: { Account: { added: big, changed: big, removed: big } } }),
    report({
      counts: { Account: { added: big, changed: big, removed: big } },
      issues: Array.from({ length: 12_345 }, () => ({}) as SyncReport['issues'][number]),
    }),
    report({ issues: [{} as SyncReport['issues'][number]] }),
    report({ outcome: 'cancelled' }),
    report({ outcome: 'failed' }),
    report({
      outcome: 'failed',
      error: { code: 'SiebelFault', message: `Siebel refused the query (SBL-DAT-00001): ${'very long '.repeat(30)}` },
    }),
  ];
  return [
    runningMessage(t),
    signInMessage(t),
    alreadyRunningMessage(t),
    pausedMessage(t),
    signInTooSlowMessage(t),
    failureMessage(t, new Error('x'.repeat(400))),
    ...progress.map((p) => progressMessage(t, p)),
    ...progress.map((p) => timeLimitMessage(t, p)),
    ...reports.map((r) => resultMessage(t, r).message),
  ];
}

describe('the ribbon notifications in every language', () => {
  it.each(SHIPPED_LOCALES)('stay within the 150 characters Outlook allows in %s', async (locale) => {
    const t = await translatorOf(locale);
    for (const message of everyNotification(t)) {
      expect(message.length, message).toBeLessThanOrEqual(MAX_NOTIFICATION_LENGTH);
      expect(message, message).toMatch(/^CRM Desktop/);
    }
  });

  it.each(SHIPPED_LOCALES)('keep the fixed texts whole (never cut) in %s', async (locale) => {
    const t = await translatorOf(locale);
    for (const message of [signInMessage, alreadyRunningMessage, pausedMessage, signInTooSlowMessage].map((f) => f(t)))
      expect(message, message).not.toMatch(/…$/);
  });

  it('tells a German user in German, with German number grouping', async () => {
    const t = await translatorOf('de');
    expect(progressMessage(t, downloading('Account', 3200, 12000))).toBe(
      'CRM Desktop: Synchronisierung läuft… Account: 3.200 von 12.000',
    );
    expect(resultMessage(t, report()).message).toBe('CRM Desktop: Synchronisiert: 14 neu, 3 geändert, 1 entfernt');
    expect(timeLimitMessage(t, downloading('Contact', 1400, null))).toMatch(/^CRM Desktop: .*Contact 1\.400\./);
  });

  it('names what failed in the user’s language and keeps Siebel’s own message after it', async () => {
    const t = await translatorOf('fr');
    const { message, kind } = resultMessage(
      t,
      report({ outcome: 'failed', error: { code: 'Network', message: 'connect ECONNREFUSED' } }),
    );
    expect(kind).toBe('error');
    expect(message).toMatch(/^CRM Desktop : .+ \(connect ECONNREFUSED\)$/);
  });
});
