import { createContext, useContext } from 'react';
import type { LoginOptions } from '../host';
import type { SyncConnection, SyncProgress, SyncReport } from '../sync';
import type { AppServices } from './AppServices';

/** Who is signed in for this running task pane. The password lives only here, in memory. */
export interface SessionState {
  /** The saved login options; `null` until the first-run wizard finished. */
  readonly options: LoginOptions | null;
  /** `null` when the password is not known (not typed yet, not remembered). */
  readonly password: string | null;
}

/** The one synchronization controller of the task pane (manual, wizard and automatic runs). */
export interface SyncController {
  /** A run of this task pane or of another runtime (the ribbon) is going on. */
  readonly running: boolean;
  /** Latest progress of any runtime's run; `null` before the first. */
  readonly progress: SyncProgress | null;
  /** Report of this task pane's last finished run. */
  readonly lastReport: SyncReport | null;
  /** Why the last start did not run or threw (e.g. already running, not signed in). */
  readonly startError: string | null;
  /**
   * Starts a run (incremental, or initial when due; `full` forces initial); resolves with its
   * report, or `null` when it could not start. `connection` overrides the session's, for a run
   * right after a sign-in, before React re-rendered with the new session. `discardPendingChanges`
   * is the user's explicit consent to drop unsent local changes in a full synchronization.
   */
  start(options?: {
    full?: boolean;
    connection?: SyncConnection;
    discardPendingChanges?: boolean;
  }): Promise<SyncReport | null>;
  /** Cancels this task pane's running run. */
  cancel(): void;
}

/** The value of {@link AppContext}. */
export interface AppContextValue {
  readonly services: AppServices;
  readonly session: SessionState;
  readonly setSession: (next: SessionState) => void;
  readonly sync: SyncController;
  /** Increases after every finished run (of any runtime): data readers reload on it. */
  readonly dataVersion: number;
}

/** Provided by `AppProvider`; read it through the hooks in `hooks/`. */
export const AppContext = createContext<AppContextValue | null>(null);

/** The context value; throws when a component is rendered outside `AppProvider`. */
export function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value)
    throw new Error('useAppContext: no <AppProvider> above this component — render it inside <App services={…}>');
  return value;
}
