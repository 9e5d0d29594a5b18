import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/cli/formatBytes';
import { formatReportJson } from '../../../src/cli/formatReportJson';
import { formatSummary } from '../../../src/cli/formatSummary';
import type { SyncReport } from '../../../src/sync';

// Typed as the report plus `traffic`, so the test compiles whether or not SyncReport declares the field yet.
type WithTraffic = SyncReport & {
  traffic?: { requests: number; bytesSent: number; bytesReceived: number; peakSessions: number };
};

const base: SyncReport = {
  kind: 'initial',
  reason: 'firstUse',
  outcome: 'succeeded',
  packageId: '1-PKG',
  hashValue: 'h',
  responsibilityId: 'R',
  counts: { Account: { added: 1000, changed: 0, removed: 0 } },
  durationMs: 42_000,
  sessions: { opened: 4, closed: 4 },
  issues: [],
};
const withTraffic: WithTraffic = {
  ...base,
  traffic: { requests: 1012, bytesSent: 1_500_000, bytesReceived: 26_542_080, peakSessions: 4 },
};

describe('the CLI report of what a sync cost the server', () => {
  it('prints requests, bytes sent and received, and sessions opened, closed and at once, when the report has traffic', () => {
    const text = formatSummary(withTraffic, { Account: 1000 });
    expect(text).toMatch(/^Sessions:\s+4 opened, 4 closed, at most 4 at once$/m);
    expect(text).toMatch(/^Requests:\s+1012 \(1\.4 MB sent, 25\.3 MB received\)$/m);
  });

  it('prints the calls by purpose and the repeats among them when the engine counted them', () => {
    const calls = { metadata: 1, queries: 1000, batches: 2, logoffs: 4, retries: 3 };
    const text = formatSummary({ ...withTraffic, traffic: { ...withTraffic.traffic!, calls } } as SyncReport, {
      Account: 1000,
    });
    expect(text).toMatch(
      /^Calls:\s+1 metadata, 1000 queries, 2 uploads, 4 logoffs; 3 of them repeated after a failure$/m,
    );
    expect(formatSummary(withTraffic, { Account: 1000 })).not.toMatch(/^Calls:/m);
  });

  it('keeps the sessions line alone when the engine did not count its traffic', () => {
    const text = formatSummary(base, { Account: 1000 });
    expect(text).toMatch(/^Sessions:\s+4 opened, 4 closed$/m);
    expect(text).not.toMatch(/^Requests:/m);
  });

  it('ignores a traffic field that is not the expected shape', () => {
    const broken = { ...base, traffic: { requests: 'many' } } as unknown as SyncReport;
    expect(formatSummary(broken, {})).not.toMatch(/^Requests:/m);
    expect(JSON.parse(formatReportJson(broken, {}))).not.toHaveProperty('traffic');
  });

  it('writes traffic and sessions in --json, with the totals', () => {
    const json = JSON.parse(formatReportJson(withTraffic, { Account: 1000 }));
    expect(json).toMatchObject({
      sessions: { opened: 4, closed: 4 },
      traffic: { requests: 1012, bytesSent: 1_500_000, bytesReceived: 26_542_080, peakSessions: 4 },
      totals: { Account: 1000 },
    });
    expect(JSON.parse(formatReportJson(base, {}))).not.toHaveProperty('traffic');
  });

  it('formats byte counts in powers of 1,024', () => {
    expect([0, 812, 4300, 26_542_080, 3 * 2 ** 30].map((bytes) => formatBytes(bytes))).toEqual([
      '0 B',
      '812 B',
      '4.2 KB',
      '25.3 MB',
      '3.0 GB',
    ]);
  });
});
