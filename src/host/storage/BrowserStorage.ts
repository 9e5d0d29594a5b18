/**
 * The part of the browser's `StorageManager` (`navigator.storage`) the add-in uses. Every member
 * is optional: older webviews (Internet Explorer, EdgeHTML, Safari before 15.2) lack some or all.
 *
 * @see https://developer.mozilla.org/docs/Web/API/StorageManager
 */
export interface StorageManagerLike {
  persist?(): Promise<boolean>;
  persisted?(): Promise<boolean>;
  estimate?(): Promise<{ usage?: number; quota?: number }>;
}

/**
 * Whether the browser keeps the add-in's data when space runs low: `persistent` (kept until the
 * user removes it), `best-effort` (the browser may evict it under storage pressure) or `unknown`
 * (the webview has no Storage API and does not say).
 */
export type StoragePersistence = 'persistent' | 'best-effort' | 'unknown';

/** What the browser says about the add-in's storage. */
export interface StorageStatus {
  readonly persistence: StoragePersistence;
  /** Bytes the add-in's origin uses (IndexedDB, caches, …) in this Outlook; `null` when not told. */
  readonly usageBytes: number | null;
  /** Bytes the browser lets it use; `null` when not told. */
  readonly quotaBytes: number | null;
}

/** The browser's storage of this Outlook, as the UI may ask about it. */
export interface BrowserStorage {
  /**
   * Asks the browser to keep the add-in's data even when space runs low (`persist()`), unless it
   * already does; resolves with the resulting persistence. Rejects with a `HostError` when the
   * browser throws (storage turned off for the site, an opaque origin).
   */
  requestPersistence(): Promise<StoragePersistence>;
  /** Persistence, usage and quota now; rejects with a `HostError` when the browser throws. */
  status(): Promise<StorageStatus>;
}
