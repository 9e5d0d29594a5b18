// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncLogEntry } from '../../../../src/store';
import { SyncHistoryEntry } from '../../../../src/taskpane/components/syncTab/SyncHistoryEntry';

afterEach(cleanup);

const entry = (over: Partial<SyncLogEntry>): SyncLogEntry => ({
  startedAt: Date.UTC(2025, 4, 6, 9, 30),
  endedAt: Date.UTC(2025, 4, 6, 9, 31),
  kind: 'incremental',
  outcome: 'succeeded',
  counts: {},
  issues: [],
  ...over,
});
const shown = (e: SyncLogEntry) =>
  render(
    <ul>
      <SyncHistoryEntry entry={e} typeLabel={(t) => t} />
    </ul>,
  ).container.textContent ?? '';

describe('SyncHistoryEntry uploads', () => {
  it('says what the run sent to Siebel', () => {
    expect(shown(entry({ uploads: { inserted: 1, updated: 2, deleted: 1, issues: 0 } }))).toContain(
      'Sent to Siebel: 1 new, 2 changed, 1 deleted',
    );
  });

  it('counts the changes that could not be sent', () => {
    expect(shown(entry({ uploads: { inserted: 1200, updated: 0, deleted: 0, issues: 2 } }))).toContain(
      'Sent to Siebel: 1,200 new · 2 not sent (see Issues)',
    );
    expect(shown(entry({ uploads: { inserted: 0, updated: 0, deleted: 0, issues: 1 } }))).toContain(
      '1 change not sent to Siebel (see Issues)',
    );
  });

  it('shows nothing about uploads when the run sent nothing or was logged before uploads existed', () => {
    expect(shown(entry({ uploads: { inserted: 0, updated: 0, deleted: 0, issues: 0 } }))).not.toContain(
      'Sent to Siebel',
    );
    expect(shown(entry({}))).not.toContain('Sent to Siebel');
    expect(shown(entry({}))).not.toContain('not sent');
  });
});
