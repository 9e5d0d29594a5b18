import type { CommandHandler, NotificationKind } from '../host';
import { createLogger } from '../shared';
import { SyncAlreadyRunningError } from '../sync';
import type { SyncConnection, SyncProgress, SyncReport } from '../sync';
import { progressMessage, resultMessage } from './syncMessages';

/** Told when the ribbon's Sync has no password (Outlook allows at most 150 characters). */
export const SIGN_IN_MESSAGE = 'CRM Desktop: sign in first. Open the CRM Desktop task pane, enter your password (tick "Remember password"), then press Sync again.';

/** Told when another window or runtime is synchronizing. */
export const ALREADY_RUNNING_MESSAGE = 'CRM Desktop: a synchronization is already running. Its progress is shown in the task pane; press Sync again when it has finished.';

/** Least time between two progress notifications: Outlook redraws the bar on every replace. */
export const PROGRESS_INTERVAL_MS = 1000;

const log = createLogger('commands');

/** Dependencies of {@link createSyncNow}; injected so tests need neither Office nor a server. */
export interface SyncNowDeps {
  /** The saved login options with the remembered password, or `null` without one. */
  readonly loadConnection: () => Promise<SyncConnection | null>;
  /** Runs one synchronization (the engine's `synchronize`). */
  readonly synchronize: (connection: SyncConnection, onProgress: (progress: SyncProgress) => void) => Promise<SyncReport>;
  readonly notify: (message: string, kind: NotificationKind) => Promise<void>;
  /** Asks for the password (the sign-in dialog) when none is known; `null` = no answer. */
  readonly askPassword?: () => Promise<SyncConnection | null>;
  readonly now?: () => number;
}

/**
 * The handler behind the ribbon's Sync button: an incremental sync (or the initial one when due)
 * with progress and result as notifications on the current item. Whatever happens it calls
 * `event.completed()`, because Outlook keeps the button busy (and later shows an error) until then.
 */
export function createSyncNow({ loadConnection, synchronize, notify, askPassword, now = Date.now }: SyncNowDeps): CommandHandler {
  const quietly = (message: string, kind: NotificationKind) => notify(message, kind).catch((error: unknown) => log.warn(`notification failed: ${(error as Error)?.message}`));
  return async (event) => {
    try {
      const connection = (await loadConnection()) ?? (askPassword ? await askPassword() : null);
      if (!connection) return void (await quietly(SIGN_IN_MESSAGE, 'error'));
      let last = -Infinity;
      let pending: Promise<unknown> = Promise.resolve();
      const onProgress = (progress: SyncProgress) => {
        if (progress.phase !== 'downloading' || now() - last < PROGRESS_INTERVAL_MS) return;
        last = now();
        // Chained so an older message never overtakes a newer one.
        pending = pending.then(() => quietly(progressMessage(progress), 'info'));
      };
      await quietly('CRM Desktop: Synchronizing…', 'info');
      const report = await synchronize(connection, onProgress);
      await pending;
      const { message, kind } = resultMessage(report);
      await quietly(message, kind);
    } catch (error) {
      if (error instanceof SyncAlreadyRunningError) return void (await quietly(ALREADY_RUNNING_MESSAGE, 'info'));
      const message = (error as Error)?.message ?? String(error);
      log.error(`Sync failed: ${message}`);
      await quietly(`CRM Desktop: ${message}`, 'error');
    } finally {
      event.completed();
    }
  };
}
