import { useEffect, useRef } from 'react';
import type { RecordRef } from '../RecordRef';

/** The `data-row-key` of a home row showing `ref`. */
export function rowKeyOf(ref: RecordRef): string {
  return `${ref.typeId}:${ref.id}`;
}

/**
 * After Back from a record opened on the home (a search result, a recent or favourite record), the
 * focus returns to its row, as `RecordList` does for its rows, or to the search box when the row
 * is gone; without it the focus would fall to the page's body.
 */
export function useReturnToRow(
  home: HTMLElement | null,
  shown: boolean,
  fallback: HTMLElement | null,
): { remember(ref: RecordRef): void } {
  const opened = useRef<string | null>(null);
  useEffect(() => {
    const key = opened.current;
    if (!shown || key === null || !home) return;
    opened.current = null;
    const frame = requestAnimationFrame(() => {
      const row = [...home.querySelectorAll<HTMLElement>('[data-row-key]')].find((r) => r.dataset.rowKey === key);
      (row ?? fallback)?.focus();
    });
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the home showing again moves the focus
  }, [shown]);
  return {
    remember: (ref) => {
      opened.current = rowKeyOf(ref);
    },
  };
}
