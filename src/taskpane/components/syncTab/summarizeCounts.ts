import type { SyncCounts } from '../../../store';
import { countsText, totalCounts } from '../../../sync';

/** "14 new, 3 changed, 1 removed" over all types; "no changes" when all are zero. */
export function summarizeCounts(counts: Readonly<Record<string, SyncCounts>>, locale: string): string {
  const { added, changed, removed } = totalCounts(counts);
  return added + changed + removed === 0 ? 'no changes' : countsText(counts, locale);
}
