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
  const records = p.typeId ? `: ${p.recordsWritten}${p.recordsExpected !== null ? `/${p.recordsExpected}` : ''} records, ${p.pages} pages` : '';
  return `${bar(p)}${p.phase}${type}${records} (${(p.elapsedMs / 1000).toFixed(1)} s)`;
}

/**
 * Shows progress on stderr: one line rewritten in place on a terminal; otherwise one plain line
 * per phase or type change (a log file should not get a line per page).
 */
export function createProgressPrinter(stderr: NodeJS.WriteStream): { update(p: SyncProgress): void; end(): void } {
  let lastKey = '';
  let drawn = false;
  return {
    update(p) {
      if (stderr.isTTY) {
        const width = Math.max(20, (stderr.columns ?? 80) - 1);
        stderr.write(`\r${describeProgress(p).slice(0, width).padEnd(width)}`);
        drawn = true;
        return;
      }
      const key = `${p.phase}/${p.typeId ?? ''}`;
      if (key !== lastKey) stderr.write(`${describeProgress(p)}\n`);
      lastKey = key;
    },
    end() {
      if (drawn) stderr.write('\n');
      drawn = false;
    },
  };
}
