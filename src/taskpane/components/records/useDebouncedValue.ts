import { useEffect, useRef, useState } from 'react';

/**
 * `value`, but only after it has stayed the same for `delayMs` (search while typing). With
 * `leading`, a change after a quiet spell of `delayMs` comes through at once and only the rest of
 * a burst of keystrokes waits: the first letter of a search shows results without the delay
 * (the query itself takes ~15 ms on 100,000 records, docs/performance.md).
 */
export function useDebouncedValue<T>(value: T, delayMs: number, options: { readonly leading?: boolean } = {}): T {
  const [settled, setSettled] = useState(value);
  const lastChange = useRef(Number.NEGATIVE_INFINITY);
  const leading = options.leading === true;
  useEffect(() => {
    const now = Date.now();
    const quiet = now - lastChange.current >= delayMs;
    lastChange.current = now;
    if (leading && quiet) {
      setSettled(value);
      return;
    }
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs, leading]);
  return settled;
}
