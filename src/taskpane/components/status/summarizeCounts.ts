import type { SyncCounts } from '../../../store';

/** "14 new, 3 changed, 1 removed" over all types; "no changes" when all are zero. */
export function summarizeCounts(counts: Readonly<Record<string, SyncCounts>>, locale: string): string {
  let added = 0;
  let changed = 0;
  let removed = 0;
  for (const c of Object.values(counts)) {
    added += c.added;
    changed += c.changed;
    removed += c.removed;
  }
  if (added + changed + removed === 0) return 'no changes';
  const n = (value: number) => value.toLocaleString(locale);
  return `${n(added)} new, ${n(changed)} changed, ${n(removed)} removed`;
}
