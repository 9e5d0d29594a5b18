import type { SyncCounts } from '../../store';
import type { SyncPhase, SyncProgress } from '../machine/types';

/*
 * The words for a run's progress and its counts, in one place for the task pane (wizard and Sync
 * tab), the ribbon's notifications and the CLI. Plain text, no UI: each surface decides how to show it.
 */

/** Shown while a run is on and nothing more precise is known (also the downloading phase's text). */
export const RUNNING_TEXT = 'Synchronizing…';

/** Shown by a screen that has just started a run, until the run reports its first progress. */
export const STARTING_TEXT = 'Starting…';

/** What each phase of the machine is doing. Keyed by SyncPhase, so a new phase cannot go without a text. */
export const PHASE_TEXT: Readonly<Record<SyncPhase, string>> = {
  idle: 'Waiting',
  connecting: 'Connecting to the Siebel Server…',
  uploading: 'Sending your changes to Siebel…',
  checkingMetadata: 'Checking the customization package…',
  applyingPackage: 'Installing the customization package…',
  downloading: RUNNING_TEXT,
  removingDeleted: 'Removing records deleted in Siebel…',
  committing: 'Saving…',
  loggingOut: 'Signing out of the Siebel Server…',
  done: 'Synchronized',
  failed: 'Synchronization failed',
  cancelled: 'Synchronization cancelled',
};

/** `Account` → `accounts`, `Opportunity` → `opportunities`: the label of a type when no package names it. */
export function pluralLabel(typeId: string): string {
  const word = typeId.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return /s$/.test(word) ? word : `${word}s`;
}

/**
 * The records a download has written, "3,200 of 12,000 accounts" (or "3,200 accounts" while the
 * total is unknown); `null` outside a type's download.
 */
export function recordsText(
  progress: SyncProgress,
  label: (typeId: string) => string = pluralLabel,
  locale = 'en-US',
): string | null {
  if (progress.phase !== 'downloading' || progress.typeId === null) return null;
  const number = new Intl.NumberFormat(locale);
  const name = label(progress.typeId).toLowerCase();
  const of = progress.recordsExpected === null ? '' : ` of ${number.format(progress.recordsExpected)}`;
  return `${number.format(progress.recordsWritten)}${of} ${name}`;
}

/**
 * One line for a progress report: "Synchronizing… 3,200 of 12,000 accounts", "Removing records
 * deleted in Siebel… (accounts)", or the phase's text. `label` turns a TypeId into its plural
 * display name (the package's, when there is one).
 */
export function describeProgress(
  progress: SyncProgress,
  label: (typeId: string) => string = pluralLabel,
  locale = 'en-US',
): string {
  const phase = PHASE_TEXT[progress.phase] ?? progress.phase;
  const records = recordsText(progress, label, locale);
  if (records !== null) return `${phase} ${records}`;
  if (progress.phase === 'removingDeleted' && progress.typeId !== null)
    return `${phase} (${label(progress.typeId).toLowerCase()})`;
  return phase;
}

/**
 * A progress report as one log line in the engine's own words (phase and TypeId, not display names),
 * for the command line: "downloading Account: 3200/12000 records, 32 pages (4.1 s)".
 */
export function progressLogLine(progress: SyncProgress): string {
  const { typeId, recordsWritten, recordsExpected, pages, elapsedMs } = progress;
  const type = typeId ? ` ${typeId}` : '';
  const records = typeId
    ? `: ${recordsWritten}${recordsExpected !== null ? `/${recordsExpected}` : ''} records, ${pages} pages`
    : '';
  return `${progress.phase}${type}${records} (${(elapsedMs / 1000).toFixed(1)} s)`;
}

/** What a run added, changed and removed locally, summed over all types. */
export function totalCounts(counts: Readonly<Record<string, SyncCounts>>): SyncCounts {
  const total = { added: 0, changed: 0, removed: 0 };
  for (const c of Object.values(counts)) {
    total.added += c.added;
    total.changed += c.changed;
    total.removed += c.removed;
  }
  return total;
}

/**
 * "14 new, 3 changed, 1 removed" over all types. Numbers are grouped as `locale` writes them
 * ("1,234"); without a locale they are plain digits (the ribbon's notifications).
 */
export function countsText(counts: Readonly<Record<string, SyncCounts>>, locale?: string): string {
  const { added, changed, removed } = totalCounts(counts);
  const n = (value: number) => (locale === undefined ? String(value) : value.toLocaleString(locale));
  return `${n(added)} new, ${n(changed)} changed, ${n(removed)} removed`;
}
