import { useCallback, useEffect, useRef, useState } from 'react';
import { subscribeToSyncProgress } from '../../sync';
import type { SyncConnection, SyncEngine, SyncProgress, SyncReport } from '../../sync';
import type { MessageId } from '../../i18n';
import type { SyncController } from '../AppContext';
import { useTranslator } from '../language/TranslatorContext';

const FINISHED: ReadonlySet<string> = new Set(['done', 'failed', 'cancelled', 'idle']);

/** The message id of what is told when a sync is asked for before the password is known. */
export const SIGN_IN_FIRST = 'error.signInFirst' satisfies MessageId;

/**
 * Builds the one {@link SyncController} of the task pane (used by `AppProvider`): it follows
 * every runtime's progress through the sync layer's channel and counts finished runs.
 */
export function useSyncController(
  engine: SyncEngine,
  connection: SyncConnection | null,
  filterPreset?: string,
): { sync: SyncController; dataVersion: number } {
  const { t } = useTranslator();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  const [lastReport, setLastReport] = useState<SyncReport | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const [dataVersion, setDataVersion] = useState(0);
  const abort = useRef<AbortController | null>(null);
  useEffect(
    () =>
      subscribeToSyncProgress((next) => {
        setProgress(next);
        if (FINISHED.has(next.phase)) setDataVersion((n) => n + 1);
      }),
    [],
  );
  const start = useCallback(
    async (options: { full?: boolean; connection?: SyncConnection; discardPendingChanges?: boolean } = {}) => {
      const using = options.connection ?? connection;
      if (!using) {
        setStartError(t(SIGN_IN_FIRST));
        return null;
      }
      if (abort.current) return null;
      const controller = new AbortController();
      abort.current = controller;
      setRunning(true);
      setStartError(null);
      try {
        const report = await engine.synchronize({
          connection: using,
          full: options.full ?? false,
          signal: controller.signal,
          ...(filterPreset ? { filterPreset } : {}),
          ...(options.discardPendingChanges ? { discardPendingChanges: true } : {}),
        });
        setLastReport(report);
        return report;
      } catch (error) {
        setStartError((error as Error)?.message ?? String(error));
        return null;
      } finally {
        abort.current = null;
        setRunning(false);
        setDataVersion((n) => n + 1);
      }
    },
    [engine, connection, filterPreset, t],
  );
  const cancel = useCallback(() => abort.current?.abort(), []);
  const otherRuntime = progress !== null && !FINISHED.has(progress.phase);
  return { sync: { running: running || otherRuntime, progress, lastReport, startError, start, cancel }, dataVersion };
}
