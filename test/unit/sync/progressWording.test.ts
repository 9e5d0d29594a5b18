import { describe, expect, it } from 'vitest';
import { countsText, totalCounts } from '../../../src/sync';

// describeProgress: test/unit/taskpane/syncTab/helpers.test.ts; progressLogLine: test/unit/sync/cli/progressPrinter.test.ts.

describe('countsText', () => {
  const counts = { A: { added: 1200, changed: 1, removed: 0 }, B: { added: 4, changed: 2, removed: 1 } };

  it('adds up every type', () => {
    expect(totalCounts(counts)).toEqual({ added: 1204, changed: 3, removed: 1 });
    expect(totalCounts({})).toEqual({ added: 0, changed: 0, removed: 0 });
  });

  it('groups the numbers as the locale writes them, and gives plain digits without one', () => {
    expect(countsText(counts, 'en-US')).toBe('1,204 new, 3 changed, 1 removed');
    expect(countsText(counts, 'de-DE')).toBe('1.204 new, 3 changed, 1 removed');
    expect(countsText(counts)).toBe('1204 new, 3 changed, 1 removed');
  });
});
