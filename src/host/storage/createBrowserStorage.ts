import { HostError } from '../errors/HostError';
import type { BrowserStorage, StorageManagerLike, StoragePersistence, StorageStatus } from './BrowserStorage';

const WHAT_TO_TRY =
  "storage may be turned off for this site — check the browser's site settings, and synchronize soon after you edit";

async function ask<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const detail = (error as Error)?.message ?? String(error);
    throw new HostError(`${what} failed (${detail}): ${WHAT_TO_TRY}`, { cause: error });
  }
}

function bytes(value: number | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

/**
 * The Storage API of this browser or webview, or of `manager` (tests pass a fake). Nothing is
 * asked at creation; a missing API answers `unknown` instead of failing.
 *
 * @example
 * const storage = createBrowserStorage();
 * await storage.requestPersistence(); // 'persistent' | 'best-effort' | 'unknown'
 * @see https://web.dev/articles/persistent-storage
 */
export function createBrowserStorage(
  manager: StorageManagerLike | undefined = globalThis.navigator?.storage,
): BrowserStorage {
  const persisted = async (): Promise<StoragePersistence> => {
    if (!manager?.persisted) return 'unknown';
    return (await ask("Asking the browser whether it keeps CRM Desktop's data", () => manager.persisted!()))
      ? 'persistent'
      : 'best-effort';
  };
  return {
    requestPersistence: async () => {
      // Safe to call at every start: a browser that already decided (granted, or a user who
      // answered Firefox's prompt) answers from that decision without asking again.
      if (!manager?.persist) return persisted();
      return (await ask("Asking the browser to keep CRM Desktop's data", () => manager.persist!()))
        ? 'persistent'
        : 'best-effort';
    },
    status: async (): Promise<StorageStatus> => {
      const persistence = await persisted();
      const estimate = manager?.estimate
        ? await ask('Asking the browser how much space CRM Desktop uses', () => manager.estimate!())
        : {};
      return { persistence, usageBytes: bytes(estimate.usage), quotaBytes: bytes(estimate.quota) };
    },
  };
}
