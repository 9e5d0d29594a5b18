import { useCallback, useEffect, useState } from 'react';
import type { StorageStatus } from '../../host';
import { useBrowserStorage } from './useBrowserStorage';
import { useDataVersion } from './useSync';

/** The browser's storage as Options shows it, and the way to ask it to keep the data. */
export interface StorageStatusView {
  /** `null` until the browser answered (or when it failed: see `error`). */
  readonly status: StorageStatus | null;
  readonly error: string | null;
  /** True while {@link StorageStatusView.askToKeep} waits for the browser. */
  readonly asking: boolean;
  /** Asks the browser to keep the data (`persist()`), then reads the status again. */
  askToKeep(): Promise<void>;
}

/**
 * Persistence, space used and quota of the add-in's storage, read again after every finished
 * synchronization (a sync changes the space used).
 *
 * @example
 * const { status, askToKeep } = useStorageStatus();
 * status?.persistence === 'best-effort' && <Button onClick={() => void askToKeep()}>Ask the browser to keep it</Button>
 */
export function useStorageStatus(): StorageStatusView {
  const storage = useBrowserStorage();
  const dataVersion = useDataVersion();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [reads, reread] = useState(0);
  useEffect(() => {
    let live = true;
    storage.status().then(
      (next) => {
        if (!live) return;
        setStatus(next);
        setError(null);
      },
      (e: unknown) => {
        if (!live) return;
        setStatus(null);
        setError((e as Error)?.message ?? String(e));
      },
    );
    return () => {
      live = false;
    };
  }, [storage, dataVersion, reads]);
  const askToKeep = useCallback(async () => {
    setAsking(true);
    try {
      const persistence = await storage.requestPersistence();
      // Shown at once; the re-read below brings the space used with it.
      setStatus((current) => current && { ...current, persistence });
    } catch (e) {
      setError((e as Error)?.message ?? String(e));
    } finally {
      setAsking(false);
      reread((n) => n + 1);
    }
  }, [storage]);
  return { status, error, asking, askToKeep };
}
