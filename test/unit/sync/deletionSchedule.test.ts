import { describe, expect, it } from 'vitest';
import {
  planDeletionCheck,
  stateAfterCheck,
  stateAfterInitialDownload,
  type DeletionPlanInput,
} from '../../../src/sync/download/deletions/deletionSchedule';

const HOUR = 60 * 60 * 1000;
const T0 = Date.UTC(2024, 5, 3, 9, 0, 0);
const KEYS = Array.from({ length: 40 }, (_, i) => `1-${String(i).padStart(3, '0')}`);

function input(overrides: Partial<DeletionPlanInput> = {}): DeletionPlanInput {
  return {
    state: stateAfterInitialDownload('F', T0),
    filterKey: 'F',
    nowMs: T0 + HOUR,
    hours: 24,
    localKeys: KEYS,
    pageIds: 10,
    ...overrides,
  };
}

describe('planDeletionCheck', () => {
  it('lists every Id when no check was made for this filter, when the period has passed, when the clock went back, and with a period of 0', () => {
    expect(planDeletionCheck(input({ state: undefined })).check).toBe('full');
    expect(planDeletionCheck(input({ filterKey: 'another preset' })).check).toBe('full');
    expect(planDeletionCheck(input({ nowMs: T0 + 24 * HOUR })).check).toBe('full');
    expect(planDeletionCheck(input({ nowMs: T0 - HOUR })).check).toBe('full');
    expect(planDeletionCheck(input({ hours: 0 })).check).toBe('full');
  });

  it('checks nothing while the time since the last check is worth less than a page of Ids', () => {
    // 40 ids, two rotations a day: an hour is worth 3.3 ids.
    expect(planDeletionCheck(input()).check).toBe('none');
    expect(planDeletionCheck(input({ localKeys: [] })).check).toBe('none');
  });

  it('rotates slices over the sorted local Ids so that all are checked twice per period, whatever the sync interval', () => {
    let state = input().state;
    const covered: string[] = [];
    let now = T0;
    for (let run = 0; run < 12; run++) {
      // A run every hour for 12 hours: half the period, one rotation.
      now += HOUR;
      const plan = planDeletionCheck(input({ state, nowMs: now }));
      if (plan.check === 'slice') {
        covered.push(
          ...KEYS.filter(
            (id) =>
              (plan.range.after === '' || id > plan.range.after) && (plan.range.upTo === '' || id <= plan.range.upTo),
          ),
        );
      }
      expect(plan.check).not.toBe('full');
      state = stateAfterCheck(plan, { state, filterKey: 'F', nowMs: now });
    }
    expect(new Set(covered)).toEqual(new Set(KEYS));
    // Every slice but the ones that wrap was at least a page: the cost is the rotation, not the run count.
    expect(covered.length).toBeLessThanOrEqual(KEYS.length + 10);
  });

  it('restarts at the lowest Id after the highest, the last slice open above (it also sees Ids above every local one)', () => {
    const state = { ...stateAfterInitialDownload('F', T0), sliceCursor: KEYS[35] };
    const plan = planDeletionCheck(input({ state, nowMs: T0 + 3 * HOUR }));
    expect(plan).toEqual({ check: 'slice', range: { after: KEYS[35], upTo: '' } });
    const next = stateAfterCheck(plan, { state, filterKey: 'F', nowMs: T0 + 3 * HOUR });
    expect(next?.sliceCursor).toBe('');
    expect(planDeletionCheck(input({ state: next, nowMs: T0 + 6 * HOUR }))).toEqual({
      check: 'slice',
      range: { after: '', upTo: KEYS[9] },
    });
  });

  it('leaves the state as it was when it checks nothing, and a full listing restarts the slice budget', () => {
    const state = input().state;
    expect(stateAfterCheck({ check: 'none' }, { state, filterKey: 'F', nowMs: T0 + HOUR })).toBe(state);
    expect(stateAfterCheck({ check: 'full' }, { state, filterKey: 'G', nowMs: T0 + 30 * HOUR })).toEqual({
      fullAtMs: T0 + 30 * HOUR,
      filterKey: 'G',
      sliceCursor: '',
      sliceAtMs: T0 + 30 * HOUR,
    });
  });
});
