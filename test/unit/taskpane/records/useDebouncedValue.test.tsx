// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDebouncedValue } from '../../../../src/taskpane/components/records/useDebouncedValue';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function typing(leading: boolean) {
  return renderHook(({ value }) => useDebouncedValue(value, 150, { leading }), { initialProps: { value: '' } });
}

describe('useDebouncedValue', () => {
  it('waits for a pause before passing a change on', () => {
    const hook = typing(false);
    act(() => vi.advanceTimersByTime(1000));
    hook.rerender({ value: 'a' });
    expect(hook.result.current).toBe('');
    act(() => vi.advanceTimersByTime(150));
    expect(hook.result.current).toBe('a');
  });

  it('with leading, passes the first change after a quiet spell at once and debounces the rest of the burst', () => {
    const hook = typing(true);
    act(() => vi.advanceTimersByTime(1000));
    hook.rerender({ value: 'a' });
    expect(hook.result.current).toBe('a');
    act(() => vi.advanceTimersByTime(50));
    hook.rerender({ value: 'ac' });
    act(() => vi.advanceTimersByTime(50));
    hook.rerender({ value: 'acm' });
    expect(hook.result.current).toBe('a');
    act(() => vi.advanceTimersByTime(150));
    expect(hook.result.current).toBe('acm');
  });
});
