import { describe, expect, it } from 'vitest';
import { ConcurrencyController } from '../../../src/sync/session/concurrencyController';

describe('ConcurrencyController (AIMD over sessions)', () => {
  it('starts at the administrator maximum and halves on overload, never below one', () => {
    const controller = new ConcurrencyController(8);
    expect(controller.limit).toBe(8);
    controller.overloaded();
    expect(controller.limit).toBe(4);
    controller.overloaded();
    controller.overloaded();
    expect(controller.limit).toBe(1);
    controller.overloaded();
    expect(controller.limit).toBe(1);
  });

  it('widens by one after a run of good answers, up to the maximum and no further', () => {
    const controller = new ConcurrencyController(3, { goodRun: 4 });
    controller.overloaded();
    expect(controller.limit).toBe(1);
    for (let i = 0; i < 3; i++) controller.answered(100);
    expect(controller.limit).toBe(1);
    controller.answered(100);
    expect(controller.limit).toBe(2);
    for (let i = 0; i < 40; i++) controller.answered(100);
    expect(controller.limit).toBe(3);
  });

  it('an overload restarts the run of good answers', () => {
    const controller = new ConcurrencyController(4, { goodRun: 4 });
    controller.overloaded();
    for (let i = 0; i < 3; i++) controller.answered(100);
    controller.overloaded();
    expect(controller.limit).toBe(1);
    for (let i = 0; i < 3; i++) controller.answered(100);
    expect(controller.limit).toBe(1);
  });

  it('stops widening while answers are much slower than the early median', () => {
    const controller = new ConcurrencyController(4, { goodRun: 3, baselineSamples: 3, slowFactor: 3 });
    controller.overloaded();
    controller.overloaded();
    // Early answers around 150 ms: the baseline (and they count as good).
    for (const ms of [140, 150, 160]) controller.answered(ms);
    expect(controller.baselineMs).toBe(150);
    expect(controller.limit).toBe(2);
    // 600 ms > 3 × 150: slow answers never widen, however many.
    for (let i = 0; i < 20; i++) controller.answered(600);
    expect(controller.limit).toBe(2);
    // Back to normal: a run of good answers widens again.
    for (let i = 0; i < 3; i++) controller.answered(170);
    expect(controller.limit).toBe(3);
  });

  it('does not take a microsecond server for slow when an answer takes a few milliseconds', () => {
    const controller = new ConcurrencyController(2, { goodRun: 2, baselineSamples: 2 });
    controller.overloaded();
    controller.answered(0);
    controller.answered(0);
    expect(controller.limit).toBe(2);
    controller.overloaded();
    controller.answered(5);
    controller.answered(5);
    expect(controller.limit).toBe(2);
  });

  it('refuses a maximum that is not a whole number of at least one', () => {
    expect(() => new ConcurrencyController(0)).toThrow(RangeError);
    expect(() => new ConcurrencyController(1.5)).toThrow(RangeError);
  });
});
