import { useEffect, useRef, useState } from 'react';
import type { Host } from '../../host';

/**
 * A number that grows each time the host reports another selected item (a pinned task pane in
 * Outlook, `SELECT_ITEM_EVENT` on a standalone page). Readers of the current item list it among
 * their dependencies, so they read the item again instead of showing the one they were opened for.
 * `onChanged` runs at the moment of the change, before anything re-renders for the new item — the
 * place to drop state that belonged to the old one.
 *
 * @example
 * const itemVersion = useItemChanges(host, () => stack.reset());
 * const item = useAsync(() => host.currentItem(), [host, itemVersion]);
 */
export function useItemChanges(host: Host, onChanged?: () => void): number {
  const [version, setVersion] = useState(0);
  // A ref, so a new callback on every render does not subscribe again.
  const callback = useRef(onChanged);
  callback.current = onChanged;
  useEffect(
    () =>
      host.onItemChanged?.(() => {
        callback.current?.();
        setVersion((n) => n + 1);
      }),
    [host],
  );
  return version;
}
