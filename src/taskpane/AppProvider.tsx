import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { readLoginOptions } from '../host';
import { AppContext } from './AppContext';
import type { AppContextValue, SessionState } from './AppContext';
import type { AppServices } from './AppServices';
import { useSyncController } from './hooks/useSyncController';

/** Props of {@link AppProvider}. */
export interface AppProviderProps {
  readonly services: AppServices;
  /** A password known at start (remembered in the vault); `null` otherwise. */
  readonly initialPassword?: string | null;
  readonly children: ReactNode;
}

/** Holds the session and the sync controller for everything below it. */
export function AppProvider({ services, initialPassword = null, children }: AppProviderProps) {
  const [session, setSession] = useState<SessionState>(() => ({
    options: readLoginOptions(services.host.roamingSettings),
    password: initialPassword,
  }));
  const connection = useMemo(
    () =>
      session.options && session.password !== null
        ? { endpointUrl: session.options.serverUrl, userName: session.options.userName, password: session.password }
        : null,
    [session],
  );
  const { sync, dataVersion } = useSyncController(services.engine, connection, session.options?.syncFilterPreset);
  const value = useMemo<AppContextValue>(
    () => ({ services, session, setSession, sync, dataVersion }),
    [services, session, sync, dataVersion],
  );
  // The host reaches components through `services.host` in this context.
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}
