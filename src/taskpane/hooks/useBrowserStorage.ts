import { useMemo } from 'react';
import { createBrowserStorage } from '../../host';
import type { BrowserStorage } from '../../host';
import { useAppServices } from './useAppServices';

/**
 * The Storage API of the browser the task pane runs in: the host's when it brings one (tests put
 * a fake there), else the browser's own `navigator.storage`.
 *
 * @example
 * const storage = useBrowserStorage();
 * const { persistence } = await storage.status();
 */
export function useBrowserStorage(): BrowserStorage {
  const { host } = useAppServices();
  return useMemo(() => host.storage ?? createBrowserStorage(), [host]);
}
