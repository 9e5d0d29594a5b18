import type { SyncPhase, SyncProgress } from '../../../sync';

// Keyed by SyncPhase so a new phase of the machine cannot go without a text.
const PHASES: Readonly<Record<SyncPhase, string>> = {
  idle: 'Waiting',
  connecting: 'Connecting to the Siebel Server…',
  uploading: 'Sending your changes to Siebel…',
  checkingMetadata: 'Checking the customization package…',
  applyingPackage: 'Installing the customization package…',
  downloading: 'Synchronizing…',
  removingDeleted: 'Removing records deleted in Siebel…',
  committing: 'Saving…',
  loggingOut: 'Signing out of the Siebel Server…',
  done: 'Synchronized',
  failed: 'Synchronization failed',
  cancelled: 'Synchronization cancelled',
};

/**
 * One line for a progress event, e.g. "Synchronizing… 3,200 of 12,000 accounts".
 * `typeLabel` turns a TypeId into its plural display label.
 */
export function describeProgress(progress: SyncProgress, typeLabel: (typeId: string) => string, locale: string): string {
  const phase = PHASES[progress.phase] ?? progress.phase;
  if (progress.typeId === null || (progress.phase !== 'downloading' && progress.phase !== 'removingDeleted')) return phase;
  const label = typeLabel(progress.typeId).toLowerCase();
  const written = progress.recordsWritten.toLocaleString(locale);
  if (progress.phase === 'removingDeleted') return `${phase} (${label})`;
  return progress.recordsExpected !== null
    ? `${phase} ${written} of ${progress.recordsExpected.toLocaleString(locale)} ${label}`
    : `${phase} ${written} ${label}`;
}
