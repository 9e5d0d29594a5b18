import { useCallback } from 'react';
import { writeLoginOptions } from '../../host';
import type { LoginOptions } from '../../host';
import type { SyncConnection } from '../../sync';
import { useAppContext } from '../AppContext';

/** The signed-in session of the task pane and the ways to change it. */
export interface Session {
  readonly options: LoginOptions | null;
  /** Everything a sync needs, or `null` while the password is unknown. */
  readonly connection: SyncConnection | null;
  readonly hasPassword: boolean;
  /** Saves `options` to the roaming settings, keeps the password in memory and, if asked, in the vault. */
  signIn(options: LoginOptions, password: string, remember: boolean): Promise<void>;
  /** Saves changed options (no password change); rejects with the `HostError` of a failed save. */
  saveOptions(options: LoginOptions): Promise<void>;
  /** Sets the password for this running task pane only. */
  setPassword(password: string, remember: boolean): Promise<void>;
  /** Forgets the password (memory and vault); the options stay. */
  signOut(): Promise<void>;
}

/**
 * The session: login options from the roaming settings, the password in memory.
 *
 * @example
 * const { connection, signIn } = useSession();
 */
export function useSession(): Session {
  const { services, session, setSession } = useAppContext();
  const { host, vault } = services;
  const { options, password } = session;
  const storePassword = useCallback(
    async (next: LoginOptions, value: string, remember: boolean) => {
      if (remember) await vault.remember(next, value);
      else await vault.forget();
    },
    [vault],
  );
  const signIn = useCallback(
    async (next: LoginOptions, value: string, remember: boolean) => {
      await writeLoginOptions(host.roamingSettings, next);
      setSession({ options: next, password: value });
      await storePassword(next, value, remember);
    },
    [host, setSession, storePassword],
  );
  const saveOptions = useCallback(
    async (next: LoginOptions) => {
      await writeLoginOptions(host.roamingSettings, next);
      const sameUser = options !== null && options.userName === next.userName && options.serverUrl === next.serverUrl;
      // A password belongs to one user on one server: a change of either forgets it.
      if (!sameUser) await vault.forget();
      setSession({ options: next, password: sameUser ? password : null });
    },
    [host, options, password, setSession, vault],
  );
  const setPassword = useCallback(
    async (value: string, remember: boolean) => {
      setSession({ options, password: value });
      if (options) await storePassword(options, value, remember);
    },
    [options, setSession, storePassword],
  );
  const signOut = useCallback(async () => {
    setSession({ options, password: null });
    await vault.forget();
  }, [options, setSession, vault]);
  const connection =
    options && password !== null ? { endpointUrl: options.serverUrl, userName: options.userName, password } : null;
  return { options, connection, hasPassword: password !== null, signIn, saveOptions, setPassword, signOut };
}
