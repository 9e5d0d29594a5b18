import {
  countsText,
  createTranslator,
  describeError,
  describeProgress,
  ENGLISH_CATALOG,
  isTypeDownload,
  recordValues,
  fallbackTypeLabel,
} from '../i18n';
import type { Translator } from '../i18n';
import type { SyncProgress, SyncReport } from '../sync';

/*
 * The ribbon's notifications, in the translator's language (Outlook's display language, see
 * commands.ts). The exported constants are the English texts, for tests and documentation.
 */

/** Outlook refuses notification texts longer than this (`NotificationMessageDetails.message`). */
export const MAX_NOTIFICATION_LENGTH = 150;

/** English: what the constants below are written in, and the language of a command that has no other. */
export const ENGLISH_TRANSLATOR: Translator = createTranslator(ENGLISH_CATALOG);

/** Told when the run starts, and between downloads: one steady text rather than every phase. */
export function runningMessage(translator: Translator): string {
  return translator.t('ribbon.running');
}

/** The ribbon's run was stopped by its time budget before any record count was known. */
export function pausedMessage(translator: Translator): string {
  return translator.t('ribbon.timeLimit');
}

/** The sign-in dialog took (nearly) all the time Outlook gives a ribbon command; nothing was synchronized. */
export function signInTooSlowMessage(translator: Translator): string {
  return translator.t('ribbon.signInTooSlow');
}

/** Told when the ribbon's Sync has no password. */
export function signInMessage(translator: Translator): string {
  return translator.t('ribbon.signIn');
}

/** Told when another window or runtime is synchronizing. */
export function alreadyRunningMessage(translator: Translator): string {
  return translator.t('ribbon.alreadyRunning');
}

/** {@link runningMessage} in English. */
export const RUNNING_MESSAGE = runningMessage(ENGLISH_TRANSLATOR);

/** {@link pausedMessage} in English. */
export const TIME_LIMIT_MESSAGE = pausedMessage(ENGLISH_TRANSLATOR);

/** {@link signInTooSlowMessage} in English. */
export const SIGN_IN_TOO_SLOW_MESSAGE = signInTooSlowMessage(ENGLISH_TRANSLATOR);

/**
 * `message` cut at a word to {@link MAX_NOTIFICATION_LENGTH} characters with an ellipsis, so the
 * text Outlook shows is the one we chose (long server errors would otherwise be refused or cut by the host).
 */
export function fitNotification(message: string): string {
  if (message.length <= MAX_NOTIFICATION_LENGTH) return message;
  const cut = message.slice(0, MAX_NOTIFICATION_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_NOTIFICATION_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}

/** "CRM Desktop: Synchronizing… 3,200 of 12,000 accounts". */
export function progressMessage(translator: Translator, progress: SyncProgress): string {
  // One steady text outside downloads: a notification that flickers through every phase is noise.
  if (!isTypeDownload(progress)) return runningMessage(translator);
  return fitNotification(translator.t('ribbon.progress', { progress: describeProgress(translator, progress) }));
}

/**
 * Told when the ribbon's time budget stopped the run: how far the download got (the last progress
 * seen), and that the next run continues from there. Worded apart from a cancel and a failure.
 * @example timeLimitMessage(translator, progress) // "CRM Desktop: synchronized 3,200 of 12,000 accounts before Outlook's time limit; press Sync again…"
 */
export function timeLimitMessage(translator: Translator, progress: SyncProgress | null): string {
  if (progress === null || progress.recordsWritten === 0 || !isTypeDownload(progress)) return pausedMessage(translator);
  const label = (typeId: string) => fallbackTypeLabel(translator, typeId);
  const message = translator.t('ribbon.timeLimitRecords', recordValues(translator, progress, label));
  // A long custom TypeId must not cost the user the "how to continue" part.
  return message.length <= MAX_NOTIFICATION_LENGTH ? message : pausedMessage(translator);
}

/** "CRM Desktop: Synchronized: 14 new, 3 changed, 1 removed", or the error. */
export function resultMessage(translator: Translator, report: SyncReport): { message: string; kind: 'info' | 'error' } {
  if (report.outcome === 'succeeded') {
    const message = translator.t('ribbon.succeeded', {
      counts: countsText(translator, report.counts),
      issues: report.issues.length,
    });
    return { message: fitNotification(message), kind: 'info' };
  }
  if (report.outcome === 'cancelled') return { message: translator.t('ribbon.cancelled'), kind: 'info' };
  if (!report.error) return { message: fitNotification(translator.t('ribbon.failedWithoutError')), kind: 'error' };
  return {
    message: failureMessage(translator, Object.assign(new Error(report.error.message), report.error)),
    kind: 'error',
  };
}

/**
 * A failure as a notification: the error's own message, which is English (Siebel's and the
 * engine's words); for a reader of another language led by what failed, in their language.
 */
export function failureMessage(translator: Translator, error: unknown): string {
  const { title, details } = describeError(translator, error);
  return fitNotification(
    translator.uiLocale === 'en'
      ? translator.t('ribbon.failed', { details })
      : translator.t('ribbon.failedTitled', { title, details }),
  );
}
