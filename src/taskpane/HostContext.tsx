import { createContext, useContext } from 'react';
import type { Host } from '../host';

/** The running host (Outlook or standalone), provided by {@link App}; tests provide a fake one. */
export const HostContext = createContext<Host | null>(null);

/** The host from {@link HostContext}; throws when a component is rendered outside `App`. */
export function useHost(): Host {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost: no HostContext.Provider above this component — render it inside <App host={…}>');
  return host;
}
