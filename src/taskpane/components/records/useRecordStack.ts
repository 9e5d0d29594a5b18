import { useCallback, useState } from 'react';
import type { RecordRef } from './RecordRef';

/** A history of opened records: open pushes, back pops, reset returns to the list. */
export interface RecordStack {
  readonly current: RecordRef | null;
  readonly depth: number;
  open(ref: RecordRef): void;
  back(): void;
  reset(): void;
  /** Swaps the shown record for another (the same record under its new id), keeping the history. */
  replace(ref: RecordRef): void;
}

/** Navigation inside a view (list → record → related record …) without a router. */
export function useRecordStack(): RecordStack {
  const [stack, setStack] = useState<readonly RecordRef[]>([]);
  const open = useCallback((ref: RecordRef) => setStack((s) => [...s, ref]), []);
  const back = useCallback(() => setStack((s) => s.slice(0, -1)), []);
  const reset = useCallback(() => setStack([]), []);
  const replace = useCallback((ref: RecordRef) => setStack((s) => (s.length === 0 ? s : [...s.slice(0, -1), ref])), []);
  return { current: stack.at(-1) ?? null, depth: stack.length, open, back, reset, replace };
}
