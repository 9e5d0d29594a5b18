import type { SyncPhase, SyncProgress } from '../../../sync';

// Keyed by SyncPhase so a new phase of the machine cannot go without a text.
const PHASE_TEXT: Readonly<Record<SyncPhase, string>> = {
  idle: 'Waiting…',
  connecting: 'Signing in to Siebel…',
  uploading: 'Sending your changes to Siebel…',
  checkingMetadata: 'Checking your customization package…',
  applyingPackage: 'Preparing the local database…',
  downloading: 'Synchronizing…',
  removingDeleted: 'Removing records deleted in Siebel…',
  committing: 'Finishing…',
  loggingOut: 'Signing out of Siebel…',
  done: 'Synchronized.',
  failed: 'Synchronization failed.',
  cancelled: 'Synchronization cancelled.',
};

/**
 * One line for a progress report, e.g. "Synchronizing… 3,200 of 12,000 accounts".
 * `label` turns a TypeId into its plural display name.
 */
export function progressText(progress: SyncProgress, label: (typeId: string) => string, locale = 'en-US'): string {
  if (progress.phase !== 'downloading' || !progress.typeId) return PHASE_TEXT[progress.phase];
  const number = new Intl.NumberFormat(locale);
  const written = number.format(progress.recordsWritten);
  const name = label(progress.typeId).toLowerCase();
  return progress.recordsExpected === null
    ? `Synchronizing… ${written} ${name}`
    : `Synchronizing… ${written} of ${number.format(progress.recordsExpected)} ${name}`;
}
