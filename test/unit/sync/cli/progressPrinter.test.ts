import { describe, expect, it } from 'vitest';
import { createProgressPrinter, progressLine } from '../../../../src/cli/progressPrinter';
import type { SyncProgress } from '../../../../src/sync';

function report(patch: Partial<SyncProgress>): SyncProgress {
  return {
    phase: 'downloading',
    kind: 'initial',
    typeId: 'Account',
    recordsWritten: 0,
    recordsExpected: null,
    pages: 0,
    elapsedMs: 0,
    ...patch,
  } as SyncProgress;
}

function capture(isTTY: boolean) {
  const lines: string[] = [];
  const stream = { isTTY, columns: 80, write: (text: string) => lines.push(text) } as unknown as NodeJS.WriteStream;
  return { lines, printer: createProgressPrinter(stream) };
}

describe('createProgressPrinter', () => {
  it('prints one line per finished type with its final figures when stderr is not a terminal', () => {
    const { lines, printer } = capture(false);
    printer.update(report({ recordsWritten: 0 }));
    printer.update(report({ recordsWritten: 500, pages: 5 }));
    printer.update(report({ typeId: 'Contact', recordsWritten: 0 }));
    printer.update(report({ typeId: 'Contact', recordsWritten: 900, pages: 9, elapsedMs: 2000 }));
    printer.end();
    expect(lines).toEqual([
      'downloading Account: 500 records, 5 pages (0.0 s)\n',
      'downloading Contact: 900 records, 9 pages (2.0 s)\n',
    ]);
  });

  it('rewrites a single line in place on a terminal', () => {
    const { lines, printer } = capture(true);
    printer.update(report({ recordsWritten: 10 }));
    printer.update(report({ recordsWritten: 20 }));
    printer.end();
    expect(lines.every((line, i) => (i < 2 ? line.startsWith('\r') : line === '\n'))).toBe(true);
    expect(lines).toHaveLength(3);
  });
});

describe('progressLine', () => {
  it('draws a bar only when the expected total is known', () => {
    const base = {
      phase: 'downloading' as const,
      kind: 'initial' as const,
      typeId: 'Account',
      recordsWritten: 50,
      pages: 2,
      elapsedMs: 1500,
    };
    expect(progressLine({ ...base, recordsExpected: 100 })).toBe(
      '[##########..........] downloading Account: 50/100 records, 2 pages (1.5 s)',
    );
    expect(progressLine({ ...base, recordsExpected: null })).toBe('downloading Account: 50 records, 2 pages (1.5 s)');
  });

  it('names only the phase outside a type', () => {
    expect(progressLine(report({ phase: 'connecting', typeId: null, elapsedMs: 250 }))).toBe('connecting (0.3 s)');
  });
});
