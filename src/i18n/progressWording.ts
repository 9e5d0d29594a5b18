import type { SyncProgress, SyncReport } from '../sync';
import { labelInSentence } from './inSentence';
import type { Translator } from './createTranslator';
import type { MessageId } from './Messages';

/*
 * The words for a run's progress and its counts, in one place for the task pane (wizard and Sync
 * tab), the ribbon's notifications and the CLI, in the translator's language. Plain text, no UI:
 * each surface decides how to show it. The engine (`sync`) reports phases and numbers only.
 */

type SyncPhase = SyncProgress['phase'];
type SyncCounts = SyncReport['counts'][string];

/** The message of each phase of the machine. Keyed by phase, so a new phase cannot go without a text. */
const PHASE_IDS: Readonly<Record<SyncPhase, MessageId>> = {
  idle: 'sync.phase.idle',
  connecting: 'sync.phase.connecting',
  uploading: 'sync.phase.uploading',
  checkingMetadata: 'sync.phase.checkingMetadata',
  applyingPackage: 'sync.phase.applyingPackage',
  downloading: 'sync.phase.downloading',
  removingDeleted: 'sync.phase.removingDeleted',
  committing: 'sync.phase.committing',
  loggingOut: 'sync.phase.loggingOut',
  done: 'sync.phase.done',
  failed: 'sync.phase.failed',
  cancelled: 'sync.phase.cancelled',
};

/** Shown while a run is on and nothing more precise is known ("Synchronizing…"). */
export function runningText(translator: Translator): string {
  return translator.t('sync.phase.downloading');
}

/** Shown by a screen that has just started a run, until the run reports its first progress ("Starting…"). */
export function startingText(translator: Translator): string {
  return translator.t('sync.progress.starting');
}

/** What a phase of the machine is doing ("Connecting to the Siebel Server…"); the phase itself for an unknown one. */
export function phaseText(translator: Translator, phase: SyncPhase): string {
  const id = PHASE_IDS[phase] as MessageId | undefined;
  return id ? translator.t(id) : phase;
}

/** `Account` → `accounts`, `Opportunity` → `opportunities`: an English label of a type no package names. */
export function pluralLabel(typeId: string): string {
  const word = typeId.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return /s$/.test(word) ? word : `${word}s`;
}

/**
 * The label of a type no package names (the ribbon and the CLI have no package): an English plural
 * made from the TypeId in English ("accounts"); in another language the TypeId in words
 * ("Service Request"), which is a name there rather than a badly made plural.
 */
export function fallbackTypeLabel(translator: Translator, typeId: string): string {
  return translator.uiLocale === 'en' ? pluralLabel(typeId) : typeId.replace(/([a-z])([A-Z])/g, '$1 $2');
}

/** Whether `progress` is the download of one type, which has record counts to tell. */
export function isTypeDownload(progress: SyncProgress): progress is SyncProgress & { readonly typeId: string } {
  return progress.phase === 'downloading' && progress.typeId !== null;
}

/**
 * The values of a type's download for a message: `written`, `expected` (0 when unknown) with
 * `total` `known` or `unknown`, and `type`, the type's label as the language writes it inside a
 * sentence ("accounts" in English, "Accounts" in German).
 */
export function recordValues(
  translator: Translator,
  progress: SyncProgress,
  label: (typeId: string) => string,
): Record<string, string | number> {
  const name = progress.typeId === null ? '' : label(progress.typeId);
  return {
    written: progress.recordsWritten,
    expected: progress.recordsExpected ?? 0,
    total: progress.recordsExpected === null ? 'unknown' : 'known',
    type: labelInSentence(translator, name),
  };
}

/**
 * One line for a progress report: "Synchronizing… 3,200 of 12,000 accounts", "Removing records
 * deleted in Siebel… (accounts)", or the phase's text. `label` turns a TypeId into its plural
 * display name (the package's, when there is one; else {@link fallbackTypeLabel}).
 */
export function describeProgress(
  translator: Translator,
  progress: SyncProgress,
  label: (typeId: string) => string = (typeId) => fallbackTypeLabel(translator, typeId),
): string {
  if (isTypeDownload(progress))
    return translator.t('sync.progress.downloadingType', recordValues(translator, progress, label));
  if (progress.phase === 'removingDeleted' && progress.typeId !== null)
    return translator.t('sync.progress.removingDeletedType', recordValues(translator, progress, label));
  return phaseText(translator, progress.phase);
}

/**
 * A progress report as one log line in the engine's own words (phase and TypeId, not display names),
 * for the command line: "downloading Account: 3200/12000 records, 32 pages (4.1 s)".
 */
export function progressLogLine(translator: Translator, progress: SyncProgress): string {
  const { typeId, recordsWritten, recordsExpected, pages, elapsedMs } = progress;
  const seconds = elapsedMs / 1000;
  if (!typeId) return translator.t('cli.progress.phase', { phase: progress.phase, seconds });
  return translator.t('cli.progress.type', {
    phase: progress.phase,
    type: typeId,
    written: recordsWritten,
    expected: recordsExpected ?? 0,
    total: recordsExpected === null ? 'unknown' : 'known',
    pages,
    seconds,
  });
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

/** "14 new, 3 changed, 1 removed" over all types, the numbers as the translator's locale writes them ("1,234"). */
export function countsText(translator: Translator, counts: Readonly<Record<string, SyncCounts>>): string {
  const { added, changed, removed } = totalCounts(counts);
  return translator.t('sync.counts', { added, changed, removed });
}

/** {@link countsText}, or "no changes" when all are zero. */
export function summarizeCounts(translator: Translator, counts: Readonly<Record<string, SyncCounts>>): string {
  const { added, changed, removed } = totalCounts(counts);
  return added + changed + removed === 0 ? translator.t('sync.counts.none') : countsText(translator, counts);
}
