import type { SyncProgress, SyncReport } from '../sync';

/** `Account` → `accounts`, `Opportunity` → `opportunities`: the function file has no parsed package for labels. */
export function pluralLabel(typeId: string): string {
  const word = typeId.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return /s$/.test(word) ? word : `${word}s`;
}

/** "CRM Desktop: Synchronizing… 3,200 of 12,000 accounts". */
export function progressMessage(progress: SyncProgress): string {
  if (progress.phase !== 'downloading' || !progress.typeId) return 'CRM Desktop: Synchronizing…';
  const n = new Intl.NumberFormat('en-US');
  const of = progress.recordsExpected === null ? '' : ` of ${n.format(progress.recordsExpected)}`;
  return `CRM Desktop: Synchronizing… ${n.format(progress.recordsWritten)}${of} ${pluralLabel(progress.typeId)}`;
}

/** "CRM Desktop: Synchronized: 14 new, 3 changed, 1 removed", or the error with what to do. */
export function resultMessage(report: SyncReport): { message: string; kind: 'info' | 'error' } {
  if (report.outcome === 'success') {
    const total = { added: 0, changed: 0, removed: 0 };
    for (const counts of Object.values(report.counts)) {
      total.added += counts.added;
      total.changed += counts.changed;
      total.removed += counts.removed;
    }
    const issues = report.issues.length > 0 ? ` (${report.issues.length} records with issues: see the task pane)` : '';
    return { message: `CRM Desktop: Synchronized: ${total.added} new, ${total.changed} changed, ${total.removed} removed${issues}`, kind: 'info' };
  }
  if (report.outcome === 'cancelled') return { message: 'CRM Desktop: synchronization cancelled. Press Sync again when you are ready.', kind: 'info' };
  return { message: `CRM Desktop: ${report.error?.message ?? 'synchronization failed — open the task pane for details'}`, kind: 'error' };
}
