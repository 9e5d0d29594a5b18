/**
 * English messages of the ribbon's Sync button, shown as Outlook notifications: the source every
 * other catalog translates (ICU MessageFormat). Outlook refuses more than 150 characters
 * (`MAX_NOTIFICATION_LENGTH`); test/unit/i18n/ribbonNotifications.test.ts checks every language
 * with large counts. "Sync" is the button's label in manifest.xml.
 */
export const ribbon = {
  'ribbon.running': 'CRM Desktop: Synchronizing…',
  /** `progress`: the sync area's progress line ("Synchronizing… 3,200 of 12,000 accounts"). */
  'ribbon.progress': 'CRM Desktop: {progress}',
  'ribbon.signIn':
    'CRM Desktop: sign in first. Open the CRM Desktop task pane, enter your password (tick "Remember password"), then press Sync again.',
  'ribbon.alreadyRunning':
    'CRM Desktop: a synchronization is already running. Its progress is shown in the task pane; press Sync again when it has finished.',
  'ribbon.timeLimit':
    "CRM Desktop: synchronization paused at Outlook's time limit for ribbon commands; press Sync again or open CRM Desktop to continue.",
  /** The values of a type's download: see the sync area (`written`, `expected`, `total`, `type`). */
  'ribbon.timeLimitRecords':
    "{total, select, known {CRM Desktop: synchronized {written, number} of {expected, number} {type} before Outlook's time limit; press Sync again or open CRM Desktop to continue.} other {CRM Desktop: synchronized {written, number} {type} before Outlook's time limit; press Sync again or open CRM Desktop to continue.}}",
  'ribbon.signInTooSlow':
    'CRM Desktop: signing in took most of the time Outlook gives the Sync button, so nothing was synchronized. Press Sync again.',
  /** `counts`: the sync area's "14 new, 3 changed, 1 removed". */
  'ribbon.succeeded':
    '{issues, plural, =0 {CRM Desktop: Synchronized: {counts}} one {CRM Desktop: Synchronized: {counts} (# record with issues: see the task pane)} other {CRM Desktop: Synchronized: {counts} (# records with issues: see the task pane)}}',
  'ribbon.cancelled': 'CRM Desktop: synchronization cancelled. Press Sync again when you are ready.',
  /**
   * A failed run. `details`: the error's own message (English, technical: Siebel's words and code),
   * shown alone to English readers; `title`: what failed in the reader's language (`describeError`),
   * leading the details for everyone else (syncMessages.ts `failureMessage`).
   */
  'ribbon.failed': 'CRM Desktop: {details}',
  'ribbon.failedTitled': 'CRM Desktop: {title} ({details})',
  'ribbon.failedWithoutError': 'CRM Desktop: synchronization failed — open the task pane for details',
} as const;
