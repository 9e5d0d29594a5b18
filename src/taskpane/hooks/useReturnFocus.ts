import { useCallback, useRef } from 'react';

/** What {@link useReturnFocus} gives: `returnHere()` before a form closes, `target` as the ref of the control to return to. */
export interface ReturnFocus<T extends HTMLElement> {
  /** Call when a form closes: the next time `target` mounts while the focus is lost, it takes the focus. */
  readonly returnHere: () => void;
  /** The ref (a stable callback) of the control the focus returns to. */
  readonly target: (element: T | null) => void;
}

/**
 * Returns the focus to a control when what replaced it (a form) goes away. The form's buttons go
 * with it, and the browser leaves the focus on the page's body: a keyboard user starts over from
 * the top, and a screen reader says nothing. The control may mount more than once before it stays
 * (a view shows a spinner while it reads the saved data again), so the focus goes to it each time it
 * mounts while the focus is lost, until the user has put the focus somewhere else.
 */
export function useReturnFocus<T extends HTMLElement>(): ReturnFocus<T> {
  const pending = useRef(false);
  const returnHere = useCallback(() => {
    pending.current = true;
  }, []);
  const target = useCallback((element: T | null) => {
    if (!element || !pending.current) return;
    const active = element.ownerDocument.activeElement;
    if (active && active !== element.ownerDocument.body && active !== element) pending.current = false;
    else element.focus();
  }, []);
  return { returnHere, target };
}
