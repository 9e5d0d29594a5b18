import {
  countsText,
  describeProgress,
  PHASE_TEXT,
  recordsText,
  RUNNING_TEXT,
  type SyncProgress,
  type SyncReport,
} from '../sync';

/** Outlook refuses notification texts longer than this (`NotificationMessageDetails.message`). */
export const MAX_NOTIFICATION_LENGTH = 150;

/** What every time-limit message ends with: where the rest of the run happens. */
const TO_CONTINUE = 'press Sync again or open CRM Desktop to continue.';

/** Told when the run starts, and between downloads: one steady text rather than every phase. */
export const RUNNING_MESSAGE = `CRM Desktop: ${RUNNING_TEXT}`;

/** The ribbon's run was stopped by its time budget before any record count was known. */
export const TIME_LIMIT_MESSAGE = `CRM Desktop: synchronization paused at Outlook's time limit for ribbon commands; ${TO_CONTINUE}`;

/** The sign-in dialog took (nearly) all the time Outlook gives a ribbon command; nothing was synchronized. */
export const SIGN_IN_TOO_SLOW_MESSAGE =
  'CRM Desktop: signing in took most of the time Outlook gives the Sync button, so nothing was synchronized. Press Sync again.';

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
export function progressMessage(progress: SyncProgress): string {
  // One steady text outside downloads: a notification that flickers through every phase is noise.
  if (recordsText(progress) === null) return RUNNING_MESSAGE;
  return fitNotification(`CRM Desktop: ${describeProgress(progress)}`);
}

/**
 * Told when the ribbon's time budget stopped the run: how far the download got (the last progress
 * seen), and that the next run continues from there. Worded apart from a cancel and a failure.
 * @example timeLimitMessage(progress) // "CRM Desktop: synchronized 3,200 of 12,000 accounts before Outlook's time limit; press Sync again…"
 */
export function timeLimitMessage(progress: SyncProgress | null): string {
  const records = progress && progress.recordsWritten > 0 ? recordsText(progress) : null;
  if (records === null) return TIME_LIMIT_MESSAGE;
  const message = `CRM Desktop: synchronized ${records} before Outlook's time limit; ${TO_CONTINUE}`;
  // A long custom TypeId must not cost the user the "how to continue" part.
  return message.length <= MAX_NOTIFICATION_LENGTH ? message : TIME_LIMIT_MESSAGE;
}

/** "CRM Desktop: Synchronized: 14 new, 3 changed, 1 removed", or the error with what to do. */
export function resultMessage(report: SyncReport): { message: string; kind: 'info' | 'error' } {
  if (report.outcome === 'succeeded') {
    const issues = report.issues.length > 0 ? ` (${report.issues.length} records with issues: see the task pane)` : '';
    return {
      message: fitNotification(`CRM Desktop: ${PHASE_TEXT.done}: ${countsText(report.counts)}${issues}`),
      kind: 'info',
    };
  }
  if (report.outcome === 'cancelled')
    return { message: 'CRM Desktop: synchronization cancelled. Press Sync again when you are ready.', kind: 'info' };
  return {
    message: fitNotification(
      `CRM Desktop: ${report.error?.message ?? 'synchronization failed — open the task pane for details'}`,
    ),
    kind: 'error',
  };
}
