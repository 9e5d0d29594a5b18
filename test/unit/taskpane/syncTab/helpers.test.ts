import { describe, expect, it } from 'vitest';
import { describeProgress } from '../../../../src/sync';
import { summarizeCounts } from '../../../../src/taskpane/components/syncTab/summarizeCounts';
import { syncHelpText } from '../../../../src/taskpane/components/syncTab/syncHelpTexts';
import type { SyncProgress } from '../../../../src/sync';

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
    expect(describeProgress(p({}), label, 'en-US')).toBe('Synchronizing… 3,200 of 12,000 accounts');
    expect(describeProgress(p({ recordsExpected: null }), label, 'de-DE')).toBe('Synchronizing… 3.200 accounts');
  });

  it('describes the phases that have no record counts', () => {
    expect(describeProgress(p({ phase: 'connecting', typeId: null }), label, 'en-US')).toBe(
      'Connecting to the Siebel Server…',
    );
    expect(describeProgress(p({ phase: 'removingDeleted' }), label, 'en-US')).toBe(
      'Removing records deleted in Siebel… (accounts)',
    );
  });
});

describe('summarizeCounts', () => {
  it('adds up every type', () => {
    expect(
      summarizeCounts({ A: { added: 10, changed: 1, removed: 0 }, B: { added: 4, changed: 2, removed: 1 } }, 'en-US'),
    ).toBe('14 new, 3 changed, 1 removed');
    expect(summarizeCounts({}, 'en-US')).toBe('no changes');
  });
});

describe('syncHelpText', () => {
  it('tells a user with a wrong password to enter it again, and has a fallback for unknown codes', () => {
    expect(syncHelpText('BadCredentials')).toMatch(/Enter your password again in Options/);
    expect(syncHelpText('SomethingNew')).toMatch(/Synchronize again/);
  });
});
