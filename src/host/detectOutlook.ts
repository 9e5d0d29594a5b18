import { systemClock } from '../shared';
import type { Clock } from '../shared';

/** How long a page waits for office.js to arrive before it runs standalone. */
export const OFFICE_WAIT_MS = 1500;
/**
 * How long `Office.onReady` may take once office.js is there: outside Office it answers at once
 * (host `null`), inside a slow Outlook it can take seconds — falling back to standalone there
 * would be wrong, so this limit is generous.
 */
export const OFFICE_READY_WAIT_MS = 10_000;

/** What {@link detectOutlook} looks at; injected so tests need neither a DOM nor office.js. */
export interface OfficeProbe {
  /** The page's query string; `?standalone` skips the wait. */
  readonly search: string;
  /** The office.js script tag of the page (its `load`/`error` events end the wait early). */
  readonly officeScript: EventTarget | null;
  /** `window.Office`, read lazily because office.js may arrive while we wait. */
  readonly getOffice: () => typeof Office | undefined;
  readonly clock?: Clock;
  readonly timeoutMs?: number;
  readonly readyTimeoutMs?: number;
}

/** Resolves `promise`, or `fallback` after `ms`; never rejects. */
async function within<T>(promise: Promise<T>, ms: number, fallback: T, clock: Clock): Promise<T> {
  const controller = new AbortController();
  const timeout = clock.sleep(ms, controller.signal).then(
    () => fallback,
    () => fallback,
  );
  try {
    return await Promise.race([promise.catch(() => fallback), timeout]);
  } finally {
    controller.abort();
  }
}

function scriptSettled(script: EventTarget | null): Promise<void> {
  return new Promise((resolve) => {
    script?.addEventListener('load', () => resolve(), { once: true });
    script?.addEventListener('error', () => resolve(), { once: true });
  });
}

/**
 * True when the page runs inside Outlook. Never throws: without internet (tests, offline
 * development) office.js fails or never arrives, and the page must then start standalone within
 * `timeoutMs` instead of hanging on `Office.onReady`.
 */
export async function detectOutlook(probe: OfficeProbe): Promise<boolean> {
  if (new URLSearchParams(probe.search).has('standalone')) return false;
  const clock = probe.clock ?? systemClock;
  if (!probe.getOffice()) await within(scriptSettled(probe.officeScript), probe.timeoutMs ?? OFFICE_WAIT_MS, undefined, clock);
  const office = probe.getOffice();
  if (!office) return false;
  const ready = office.onReady().then((info) => info.host === office.HostType.Outlook);
  return within(ready, probe.readyTimeoutMs ?? OFFICE_READY_WAIT_MS, false, clock);
}
