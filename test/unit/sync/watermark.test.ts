import { describe, expect, it } from 'vitest';
import type { StoredRecord, DatabaseSyncState } from '../../../src/store';
import {
  incrementalSince,
  isDue,
  newestStamp,
  serverClockWindow,
  stampToMs,
  watermarkAfter,
} from '../../../src/sync/download/watermark';

const state = (watermarks: Record<string, string>): DatabaseSyncState => ({
  identity: { userName: 'U', serverUrl: 'https://s' },
  initialSyncComplete: true,
  watermarks,
  typeSyncedAt: {},
});
const naive = (iso: string) => Date.parse(`${iso}Z`);

describe('server-time watermarks (field evidence §6)', () => {
  it('keeps the newest stored stamp (text that sorts as the time), ignoring records without one', () => {
    const records: StoredRecord[] = [
      { Updated: '2024-03-01T10:00:00' },
      { Updated: null },
      { Name: 'no stamp' },
      { Updated: '2023-12-31T23:59:59' },
    ];
    expect(newestStamp(records, 'Updated', null)).toBe('2024-03-01T10:00:00');
    expect(newestStamp(records, 'Updated', '2024-03-02T00:00:00')).toBe('2024-03-02T00:00:00');
    expect(newestStamp(records, undefined, null)).toBeNull();
    expect(stampToMs('2024-03-01T10:00:00')).toBe(naive('2024-03-01T10:00:00'));
    expect(stampToMs('2024-03-01T10:00:00Z')).toBe(naive('2024-03-01T10:00:00'));
    expect(stampToMs('yesterday')).toBeNull();
  });

  it('subtracts the download duration from the newest stamp, in the server text format', () => {
    expect(watermarkAfter(naive('2024-03-01T10:00:00'), 90_000)).toBe('03/01/2024 09:58:30');
    expect(watermarkAfter(naive('2024-03-01T10:00:00'), -5)).toBe('03/01/2024 10:00:00');
  });

  it('starts the next query at the watermark minus the overlap, or from the beginning without one', () => {
    expect(incrementalSince(state({ Account: '03/01/2024 10:00:00' }), 'Account', 5 * 60_000)).toBe(
      naive('2024-03-01T09:55:00'),
    );
    expect(incrementalSince(state({}), 'Account', 5 * 60_000)).toBeNull();
    expect(incrementalSince(state({ Account: 'garbage' }), 'Account', 5 * 60_000)).toBeNull();
  });

  it('decides SyncFrequency on the client clock: 0 is every run, never synced is due', () => {
    expect(isDue(0, 1_000, 1_000)).toBe(true);
    expect(isDue(3600, undefined, 1_000)).toBe(true);
    expect(isDue(3600, 0, 3_599_999)).toBe(false);
    expect(isDue(3600, 0, 3_600_000)).toBe(true);
  });
});

describe("the server-clock window (docs/sync.md, 'A server clock that goes back')", () => {
  const MINUTE = 60_000;
  const begun = (at: number, watermark = '01/05/2024 08:00:00'): DatabaseSyncState => ({
    ...state({ Account: watermark }),
    downloadsBegunAt: { Account: at },
  });

  it('reaches back to when the last download began, plus the overlap, measured on the client clock', () => {
    expect(serverClockWindow(begun(1_000_000), 'Account', 1_000_000 + 60 * MINUTE, 5 * MINUTE, 'Timestamp()')).toEqual({
      timeFunction: 'Timestamp()',
      withinMs: 65 * MINUTE,
    });
  });

  it('keeps the overlap when the client clock went back since', () => {
    expect(
      serverClockWindow(begun(1_000_000), 'Account', 1_000_000 - 30 * MINUTE, 5 * MINUTE, 'Timestamp()')?.withinMs,
    ).toBe(5 * MINUTE);
  });

  it('is absent without a time function, a known start, or a watermark (the download reads everything)', () => {
    expect(serverClockWindow(begun(0), 'Account', MINUTE, 0, null)).toBeNull();
    expect(
      serverClockWindow(state({ Account: '01/05/2024 08:00:00' }), 'Account', MINUTE, 0, 'Timestamp()'),
    ).toBeNull();
    expect(
      serverClockWindow({ ...state({}), downloadsBegunAt: { Account: 0 } }, 'Account', MINUTE, 0, 'Timestamp()'),
    ).toBeNull();
  });
});
