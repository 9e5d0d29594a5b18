import { progressLogLine, type Translator } from '../i18n';
import type { SyncProgress } from '../sync';
import { ENGLISH } from './cliLanguage';

const BAR_WIDTH = 20;

/** `[#####.....] ` when the total is known, else a spinner-free empty string (no fake percentages). */
function bar(p: SyncProgress): string {
  if (p.recordsExpected === null || p.recordsExpected === 0) return '';
  const filled = Math.min(BAR_WIDTH, Math.round((p.recordsWritten / p.recordsExpected) * BAR_WIDTH));
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] `;
}

/** One line for a progress report: its bar, then its log line ("downloading Account: 50/100 records, 2 pages (1.5 s)"). */
export function progressLine(p: SyncProgress, translator: Translator = ENGLISH): string {
  return `${bar(p)}${progressLogLine(translator, p)}`;
}

/**
 * Shows progress on stderr: one line rewritten in place on a terminal; otherwise one plain line
 * per finished phase or type, with its final figures (a log file should not get a line per page).
 */
export function createProgressPrinter(
  stderr: NodeJS.WriteStream,
  translator: Translator = ENGLISH,
): { update(p: SyncProgress): void; end(): void } {
  let last: SyncProgress | null = null;
  let drawn = false;
  const keyOf = (p: SyncProgress) => `${p.phase}/${p.typeId ?? ''}`;
  const line = (p: SyncProgress) => progressLine(p, translator);
  return {
    update(p) {
      if (stderr.isTTY) {
        const width = Math.max(20, (stderr.columns ?? 80) - 1);
        stderr.write(`\r${line(p).slice(0, width).padEnd(width)}`);
        drawn = true;
        return;
      }
      if (last && keyOf(last) !== keyOf(p)) stderr.write(`${line(last)}\n`);
      last = p;
    },
    end() {
      if (drawn) stderr.write('\n');
      else if (last) stderr.write(`${line(last)}\n`);
      drawn = false;
      last = null;
    },
  };
}
