import type { SyncProgress } from '../sync';

const BAR_WIDTH = 20;

/** `[#####.....] ` when the total is known, else a spinner-free empty string (no fake percentages). */
function bar(p: SyncProgress): string {
  if (p.recordsExpected === null || p.recordsExpected === 0) return '';
  const filled = Math.min(BAR_WIDTH, Math.round((p.recordsWritten / p.recordsExpected) * BAR_WIDTH));
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] `;
}

/** One line describing a progress report. */
export function describeProgress(p: SyncProgress): string {
  const type = p.typeId ? ` ${p.typeId}` : '';
  const records = p.typeId
    ? `: ${p.recordsWritten}${p.recordsExpected !== null ? `/${p.recordsExpected}` : ''} records, ${p.pages} pages`
    : '';
  return `${bar(p)}${p.phase}${type}${records} (${(p.elapsedMs / 1000).toFixed(1)} s)`;
}

/**
 * Shows progress on stderr: one line rewritten in place on a terminal; otherwise one plain line
 * per finished phase or type, with its final figures (a log file should not get a line per page).
 */
export function createProgressPrinter(stderr: NodeJS.WriteStream): { update(p: SyncProgress): void; end(): void } {
  let last: SyncProgress | null = null;
  let drawn = false;
  const keyOf = (p: SyncProgress) => `${p.phase}/${p.typeId ?? ''}`;
  return {
    update(p) {
      if (stderr.isTTY) {
        const width = Math.max(20, (stderr.columns ?? 80) - 1);
        stderr.write(`\r${describeProgress(p).slice(0, width).padEnd(width)}`);
        drawn = true;
        return;
      }
      if (last && keyOf(last) !== keyOf(p)) stderr.write(`${describeProgress(last)}\n`);
      last = p;
    },
    end() {
      if (drawn) stderr.write('\n');
      else if (last) stderr.write(`${describeProgress(last)}\n`);
      drawn = false;
      last = null;
    },
  };
}
