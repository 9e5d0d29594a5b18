import { describe, expect, it } from 'vitest';
import { createTranslator, describeProgress, ENGLISH_CATALOG, summarizeCounts } from '../../../../src/i18n';
import { syncHelpText } from '../../../../src/taskpane/components/syncTab/syncHelpTexts';
import type { SyncProgress } from '../../../../src/sync';

const english = createTranslator(ENGLISH_CATALOG);
/** English words, German numbers: the formatting locale alone decides the grouping. */
const englishInGermany = createTranslator({ ...ENGLISH_CATALOG, formattingLocale: 'de-DE' });

const label = (typeId: string) => ({ Account: 'Accounts' })[typeId] ?? typeId;
const p = (over: Partial<SyncProgress>): SyncProgress => ({
  phase: 'downloading',
  kind: 'initial',
  typeId: 'Account',
  recordsWritten: 3200,
  pages: 64,
  recordsExpected: 12000,
  elapsedMs: 1,
  ...over,
});

describe('describeProgress', () => {
  it('names written and expected records of the type being downloaded', () => {
    expect(describeProgress(english, p({}), label)).toBe('Synchronizing… 3,200 of 12,000 accounts');
    expect(describeProgress(englishInGermany, p({ recordsExpected: null }), label)).toBe(
      'Synchronizing… 3.200 accounts',
    );
  });

  it('describes the phases that have no record counts', () => {
    expect(describeProgress(english, p({ phase: 'connecting', typeId: null }), label)).toBe(
      'Connecting to the Siebel Server…',
    );
    expect(describeProgress(english, p({ phase: 'removingDeleted' }), label)).toBe(
      'Removing records deleted in Siebel… (accounts)',
    );
  });
});

describe('summarizeCounts', () => {
  it('adds up every type', () => {
    expect(
      summarizeCounts(english, { A: { added: 10, changed: 1, removed: 0 }, B: { added: 4, changed: 2, removed: 1 } }),
    ).toBe('14 new, 3 changed, 1 removed');
    expect(summarizeCounts(english, {})).toBe('no changes');
  });
});

describe('syncHelpText', () => {
  it('tells a user with a wrong password to enter it again, and has a fallback for unknown codes', () => {
    expect(syncHelpText(english, 'BadCredentials')).toMatch(/Enter your password again in Options/);
    expect(syncHelpText(english, 'SomethingNew')).toMatch(/Synchronize again/);
    expect(syncHelpText(english, 'toString')).toMatch(/Synchronize again/);
  });
});
