import { useEffect, useRef, useState } from 'react';

/** Where a copy stands: nothing yet, done (shown for a moment), or refused by the browser. */
export type CopyState = 'idle' | 'copied' | 'refused';

/** How long "Copied" stays before the control shows its own label again. */
export const COPIED_MS = 2000;

/**
 * Puts text on the clipboard (`navigator.clipboard.writeText`). An Outlook webview or a browser
 * may refuse it (no permission, the page not focused): the state is then `refused`, and the
 * caller shows the text to copy by hand.
 */
export function useCopy(): { readonly state: CopyState; copy(text: string): void; reset(): void } {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = (text: string) => {
    clearTimeout(timer.current);
    const write = navigator.clipboard?.writeText?.bind(navigator.clipboard);
    (write ? write(text) : Promise.reject(new Error('no clipboard'))).then(
      () => {
        setState('copied');
        timer.current = setTimeout(() => setState('idle'), COPIED_MS);
      },
      () => setState('refused'),
    );
  };
  return { state, copy, reset: () => setState('idle') };
}
