import { describe, expect, it } from 'vitest';
import { typeRate } from '../../../../src/taskpane/components/syncTab/typeRate';
import type { TypeProgress } from '../../../../src/sync';

const type = (over: Partial<TypeProgress>): TypeProgress => ({
  typeId: 'Account',
  recordsWritten: 0,
  recordsResumed: 0,
  recordsExpected: null,
  activeMs: 0,
  finished: false,
  ...over,
});

describe('typeRate', () => {
  it('gives records per second over the time spent on the type', () => {
    expect(typeRate(type({ recordsWritten: 1500, activeMs: 3000 })).recordsPerSecond).toBe(500);
  });

  it('gives no rate before a second of download or for a handful of records', () => {
    expect(typeRate(type({ recordsWritten: 500, activeMs: 999 })).recordsPerSecond).toBeNull();
    expect(typeRate(type({ recordsWritten: 3, activeMs: 5000 })).recordsPerSecond).toBeNull();
    expect(typeRate(type({ recordsWritten: 20, activeMs: 5000 })).recordsPerSecond).toBe(4);
  });

  it('leaves out the rows a resumed download already held', () => {
    expect(typeRate(type({ recordsWritten: 3200, recordsResumed: 3000, activeMs: 2000 })).recordsPerSecond).toBe(100);
    expect(typeRate(type({ recordsWritten: 3010, recordsResumed: 3000, activeMs: 2000 })).recordsPerSecond).toBeNull();
    expect(typeRate(type({ recordsWritten: 3000, recordsResumed: 3000, activeMs: 2000 })).recordsPerSecond).toBeNull();
  });

  it('gives the time left only when the server told the total', () => {
    expect(typeRate(type({ recordsWritten: 600, recordsExpected: 1200, activeMs: 3000 })).msLeft).toBe(3000);
    expect(typeRate(type({ recordsWritten: 600, recordsExpected: null, activeMs: 3000 })).msLeft).toBeNull();
  });

  it('gives no time left once everything arrived, for a finished type, or without a rate', () => {
    expect(typeRate(type({ recordsWritten: 1200, recordsExpected: 1200, activeMs: 3000 })).msLeft).toBeNull();
    expect(
      typeRate(type({ recordsWritten: 600, recordsExpected: 1200, activeMs: 3000, finished: true })).msLeft,
    ).toBeNull();
    expect(typeRate(type({ recordsWritten: 600, recordsExpected: 1200, activeMs: 500 })).msLeft).toBeNull();
  });
});
