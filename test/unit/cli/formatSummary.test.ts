import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../../src/cli/formatSummary';
import type { SyncReport } from '../../../src/sync';

const report = (uploads: SyncReport['uploads']): SyncReport => ({
  kind: 'incremental',
  reason: null,
  outcome: 'succeeded',
  packageId: '1-PKG',
  hashValue: 'h',
  responsibilityId: 'R',
  counts: { Account: { added: 1, changed: 0, removed: 0 } },
  durationMs: 1500,
  sessions: { opened: 1, closed: 1 },
  issues: [],
  uploads,
});

describe('formatSummary', () => {
  it('says how many local changes were sent to Siebel and how many became issues', () => {
    const text = formatSummary(report({ inserted: 1, updated: 2, deleted: 1, issues: 3 }), { Account: 4 });
    expect(text).toMatch(/^Sent:\s+1 new, 2 changed, 1 deleted, 3 not sent \(issues\)$/m);
    expect(text).toMatch(/^Account\s+1\s+0\s+0\s+4$/m);
  });

  it('leaves the upload line out when nothing was sent', () => {
    expect(formatSummary(report({ inserted: 0, updated: 0, deleted: 0, issues: 0 }), {})).not.toMatch(/^Sent:/m);
  });
});
